import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { memoryStorage } from "@/lib/progress/memory-storage.test-helper";
import { createSafeStorage } from "@/lib/progress/safe-storage";
import { createLessonStore, hydrateLessonStore, storageKey, type QuestionKey } from "@/lib/progress/store";
import { connectLms } from "./connect";
import { lmsStatus } from "./lms-status";
import { cmiOf, runtime } from "./scorm-again.test-helper";
import { decodeSuspendData } from "./suspend-data";

const KEY = ["c", "b", "b", "c", "a", "d", "c", "b", "d", "b"];
const questions: QuestionKey[] = KEY.map((correct, i) => ({
  id: `q${i + 1}`,
  hash: `h${i + 1}`,
  kind: "choose-one",
  correct,
  letters: ["a", "b", "c", "d"],
  placement: i < 4 ? "inline" : "wrap-up",
  variantOf: null,
}));

/** A window whose parent frame offers `api` under the name its version uses. */
function lmsWindow(api: object | null, version: "1.2" | "2004" = "1.2") {
  const top: Record<string, unknown> = api ? { [version === "1.2" ? "API" : "API_1484_11"]: api } : {};
  top.parent = top;
  const events = new EventTarget();
  const win = { parent: top, addEventListener: events.addEventListener.bind(events), removeEventListener: events.removeEventListener.bind(events) };
  return { win: win as unknown as Window, unload: () => events.dispatchEvent(new Event("pagehide")) };
}

/** The provider's sequence: create the store, connect the LMS, then read saved progress. */
async function openLesson(win: Window, device = createSafeStorage()) {
  const store = createLessonStore("lesson", { questions, passPercent: 70 }, device);
  const disconnect = connectLms(store, { slug: "lesson", questions }, win, { commitDelay: 0 });
  hydrateLessonStore(store, device);
  return { store, disconnect, device };
}

function answerAll(store: Awaited<ReturnType<typeof openLesson>>["store"], right: number) {
  questions.forEach((q, i) => {
    store.getState().choose(q.id, i < right ? q.correct : q.correct === "a" ? "b" : "a");
    store.getState().lock(q.id);
  });
  return store.getState().submit();
}

let device: Storage;
beforeEach(() => {
  device = memoryStorage();
  vi.stubGlobal("localStorage", device);
  lmsStatus.setState({ version: null, problem: null });
});
afterEach(() => vi.unstubAllGlobals());

describe("connectLms", () => {
  it("changes nothing outside an LMS: progress stays in device storage", async () => {
    const { win } = lmsWindow(null);
    const { store } = await openLesson(win);
    store.getState().setLevel("L3");
    expect(JSON.parse(device.getItem(storageKey("lesson"))!).state.level).toBe("L3");
    expect(lmsStatus.getState()).toEqual({ version: null, problem: null });
  });

  it("reports a failed then a passed attempt to a SCORM 1.2 LMS and resumes on relaunch", async () => {
    const { api, found } = runtime("1.2");
    const { win, unload } = lmsWindow(found.api);
    const { store } = await openLesson(win);
    expect(lmsStatus.getState().version).toBe("1.2");
    expect(answerAll(store, 6)?.passed).toBe(false);
    expect(cmiOf(api)).toMatchObject({ core: { lesson_status: "failed", score: { raw: "60" } } });
    store.getState().tryAgain();
    expect(answerAll(store, 7)?.passed).toBe(true);
    unload();
    const cmi = cmiOf(api) as { core: Record<string, unknown>; interactions: object; suspend_data: string };
    expect(cmi.core).toMatchObject({ lesson_status: "passed", score: { raw: "70", min: "0", max: "100" }, exit: "suspend" });
    expect(Object.keys(cmi.interactions)).toHaveLength(20);
    expect(decodeSuspendData(cmi.suspend_data)?.state.passed).toMatchObject({ score: 7, total: 10 });
    // The device's own copy of the lesson's progress is not touched inside an LMS.
    expect(device.getItem(storageKey("lesson"))).toBeNull();

    const relaunch = runtime("1.2", { ...cmi, core: { ...cmi.core, entry: "resume" } });
    const { store: again } = await openLesson(lmsWindow(relaunch.found.api).win);
    expect(again.getState()).toMatchObject({ submitted: true, passed: { score: 7, total: 10 } });
    expect(again.getState().answers.q7).toEqual({ choice: "c", hash: "h7", locked: true });
  });

  it("reads back what the page saved, not what the LMS held at launch, when the store rehydrates", async () => {
    const { found } = runtime("1.2");
    const { store } = await openLesson(lmsWindow(found.api).win);
    store.getState().setLevel("L3");
    store.getState().choose("q5", "a");
    await store.persist.rehydrate();
    expect(store.getState()).toMatchObject({ level: "L3", answers: { q5: { choice: "a" } } });
  });

  it("keeps a choice made before the LMS's progress is read on top of it, and sends the LMS nothing before", async () => {
    const { api, found } = runtime("1.2");
    const { win, unload } = lmsWindow(found.api);
    const { store } = await openLesson(win);
    answerAll(store, 7);
    unload();
    const cmi = cmiOf(api) as { core: Record<string, unknown>; suspend_data: string };

    const relaunch = runtime("1.2", { ...cmi, core: { ...cmi.core, entry: "resume" } });
    const again = createLessonStore("lesson", { questions, passPercent: 70 }, createSafeStorage());
    connectLms(again, { slug: "lesson", questions }, lmsWindow(relaunch.found.api).win, { commitDelay: 0 });
    again.getState().setLevel("L1");
    expect(decodeSuspendData(relaunch.api.LMSGetValue("cmi.suspend_data") as string)?.state).toMatchObject({ level: "L2", passed: { score: 7 } });
    hydrateLessonStore(again, createSafeStorage());
    expect(again.getState()).toMatchObject({ level: "L1", passed: { score: 7, total: 10 }, submitted: true });
    expect(decodeSuspendData(relaunch.api.LMSGetValue("cmi.suspend_data") as string)?.state).toMatchObject({ level: "L1", passed: { score: 7 } });
  });

  it("reports to a SCORM 2004 LMS with a scaled score", async () => {
    const { api, found } = runtime("2004");
    const { win, unload } = lmsWindow(found.api, "2004");
    const { store } = await openLesson(win);
    answerAll(store, 8);
    unload();
    expect(cmiOf(api)).toMatchObject({ completion_status: "completed", success_status: "passed", score: { raw: "80", scaled: "0.8" }, exit: "suspend" });
  });

  it("keeps going when the LMS refuses a call, says so, and loses nothing", async () => {
    const { api, found } = runtime("1.2");
    const scorm12 = api as unknown as { LMSSetValue(e: string, v: string): string };
    const setValue = scorm12.LMSSetValue.bind(api);
    // This LMS refuses suspend_data (as a full or broken store would): error 405 from the runtime.
    scorm12.LMSSetValue = (element, value) => setValue(element === "cmi.suspend_data" ? "cmi.core.lesson_status" : element, element === "cmi.suspend_data" ? "unsaved" : value);
    const { store } = await openLesson(lmsWindow(found.api).win);
    store.getState().setLevel("L1");
    store.getState().choose("q5", "a");
    expect(lmsStatus.getState().problem).toMatchObject({ call: "LMSSetValue", element: "cmi.suspend_data", code: "405" });
    expect(store.getState()).toMatchObject({ level: "L1", answers: { q5: { choice: "a" } } });

    // The next launch resumes, the LMS has no suspend_data, and the device's copy fills in.
    const relaunch = runtime("1.2", { core: { entry: "resume" } });
    const { store: again } = await openLesson(lmsWindow(relaunch.found.api).win);
    expect(again.getState()).toMatchObject({ level: "L1", answers: { q5: { choice: "a" } } });
  });

  it("starts afresh without a crash when suspend_data is unreadable, and replaces it", async () => {
    const { api, found } = runtime("1.2", { suspend_data: "T1{this is not json", core: { entry: "resume" } });
    const { store } = await openLesson(lmsWindow(found.api).win);
    expect(store.getState()).toMatchObject({ hydrated: true, answers: {}, passed: null });
    store.getState().setLevel("L3");
    expect(decodeSuspendData(api.LMSGetValue("cmi.suspend_data") as string)?.state.level).toBe("L3");
  });

  it("falls back to device storage when the LMS does not initialize", async () => {
    const { api, found } = runtime("2004");
    api.Initialize("");
    const { store } = await openLesson(lmsWindow(found.api, "2004").win);
    expect(lmsStatus.getState().problem).toMatchObject({ call: "Initialize" });
    store.getState().setLevel("L3");
    expect(JSON.parse(device.getItem(storageKey("lesson"))!).state.level).toBe("L3");
  });
});
