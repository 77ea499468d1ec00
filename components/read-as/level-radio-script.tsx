import { levelRadioCode } from "./level-radio";

/** Checks the "Read as" radio of the level on <html> as the page is read (see ./level-radio.ts); placed right after the radios. */
export function LevelRadioScript() {
  return <script dangerouslySetInnerHTML={{ __html: levelRadioCode() }} />;
}
