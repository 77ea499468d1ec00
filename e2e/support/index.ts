export { expectNoAxeViolations } from "./axe";
export { allowForAnswering, expect, test, type LessonOptions } from "./lesson-fixture";
export { tabFromPrevious, walkFocus, type FocusStop } from "./keyboard-walk";
export { headingSkips, motionLeft, smallTargets } from "./layout-audits";
export { LESSON, openLesson, saved, savedProgress, STORAGE_KEY, xpMeter } from "./lesson";
export { answeredSentence, answeringTime, firstRight, inWords, InWords, layoutSentence, passMarkText, questionNumber, quizLesson, sectionsOf, SITE_LESSON, type LessonSource, type QuizLesson, type QuizQuestion } from "./lesson-data";
export { exerciseControls, scrollThrough, watchPrivacy } from "./privacy-watch";
export { answer, answerAll, answerCorrectly, answerWrongly, checkButton, choose, option, question, response, rightResponse, wrongResponse, type AnswerBy } from "./quiz";
export { setReadingLevel, type ReadingLevel } from "./reading-level";
