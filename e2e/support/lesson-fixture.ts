import { test as base } from "./console-errors";
import { answeringTime, quizLesson, SITE_LESSON, type LessonSource, type QuizLesson } from "./lesson-data";

/** What a Playwright project may set: the lesson its specs drive (the Okta lesson unless it says). */
export interface LessonOptions {
  lessonSource: LessonSource;
}

/**
 * The kit's `test`: the console-error check, and `lesson`, the data of the lesson the project
 * drives (read once per worker), so that one spec runs against any lesson.
 */
export const test = base.extend<object, LessonOptions & { lesson: QuizLesson }>({
  lessonSource: [SITE_LESSON, { option: true, scope: "worker" }],
  lesson: [async ({ lessonSource }, use) => use(await quizLesson(lessonSource)), { scope: "worker" }],
});

/**
 * Adds to the running test's time budget what answering the whole assessment takes (see
 * answeringTime), and `plus` milliseconds for other long work it does: call it first in a test that
 * answers every question.
 */
export function allowForAnswering(lesson: QuizLesson, { plus = 0, ...how }: { attempts?: number; by?: "mouse" | "keyboard"; plus?: number } = {}): void {
  test.setTimeout(test.info().timeout + answeringTime(lesson, how) + plus);
}

export { expect } from "./console-errors";
