import { offscreenSectionsCode } from "./offscreen-sections";

/** Lets the lesson's off-screen sections wait to be drawn (see ./offscreen-sections.ts); placed before the body. */
export function OffscreenSectionsScript() {
  return <script dangerouslySetInnerHTML={{ __html: offscreenSectionsCode() }} />;
}
