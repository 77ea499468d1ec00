import { offscreenSectionsCode } from "./offscreen-sections";

/** Lets the lesson's off-screen sections wait to be drawn (see ./offscreen-sections.ts); placed first in the page, so the browser's first layout already lets sections wait. */
export function OffscreenSectionsScript() {
  return <script dangerouslySetInnerHTML={{ __html: offscreenSectionsCode() }} />;
}
