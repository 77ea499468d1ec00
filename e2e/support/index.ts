export { expectNoAxeViolations } from "./axe";
export { expect, test } from "./console-errors";
export { tabTo, walkFocus, type FocusStop } from "./keyboard-walk";
export { headingSkips, motionLeft, smallTargets } from "./layout-audits";
export { ANSWERS, LESSON, openLesson, saved, savedProgress, STORAGE_KEY, wrongFor, xpMeter } from "./lesson";
export { exerciseControls, scrollThrough, watchPrivacy } from "./privacy-watch";
export { answerByKeyboard, answerByMouse, option, question } from "./quiz";
export { setReadingLevel, type ReadingLevel } from "./reading-level";
export { lessonFrontmatter } from "./lesson-data";
