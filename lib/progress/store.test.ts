import { describe, expect, it } from "vitest";
import { createSafeStorage } from "./safe-storage";
import { createLessonStore, hydrateLessonStore, storageKey, type QuestionKey } from "./store";
import { PROGRESS_VERSION } from "./schema";
import { memoryStorage } from "./memory-storage.test-helper";

const questions: QuestionKey[] = Array.from({ length: 10 }, (_, i) => ({
  id: `q${i + 1}`,
  hash: `h${i + 1}`,
  kind: "choose-one",
  correct: "a",
  letters: ["a", "b", "c", "d"],
  placement: i < 4 ? "inline" : "wrap-up",
  variantOf: null,
}));
const key = storageKey("lesson");

async function setup(initial: Record<string, string> = {}, throws = false) {
  const backing = memoryStorage(initial, throws);
  const storage = createSafeStorage(() => backing);
  const store = createLessonStore("lesson", { questions, passPercent: 70 }, storage);
  hydrateLessonStore(store, storage);
  return { backing, storage, store };
}

const saved = (backing: Storage) => JSON.parse(backing.getItem(key) ?? "null") as { state: Record<string, unknown>; version: number };

describe("lesson store", () => {
  it("starts neutral and not hydrated, then hydrates", async () => {
    const storage = createSafeStorage(() => memoryStorage());
    const store = createLessonStore("lesson", { questions, passPercent: 70 }, storage);
    expect(store.getState().hydrated).toBe(false);
    hydrateLessonStore(store, storage);
    expect(store.getState()).toMatchObject({ hydrated: true, storageMode: "local", answers: {} });
  });

  it("reads saved progress before it returns, so a caller's React transition holds every update it makes", () => {
    const backing = memoryStorage({ [key]: JSON.stringify({ state: { answers: { q2: { choice: "c", hash: "h2", locked: true } } }, version: PROGRESS_VERSION }) });
    const storage = createSafeStorage(() => backing);
    const store = createLessonStore("lesson", { questions, passPercent: 70 }, storage);
    const states: unknown[] = [];
    store.subscribe((state) => states.push({ hydrated: state.hydrated, q2: state.answers.q2?.choice }));
    hydrateLessonStore(store, storage);
    expect(states.at(-1)).toEqual({ hydrated: true, q2: "c" });
  });

  it("locks an inline answer on Check: the first checked answer is kept", async () => {
    const { store } = await setup();
    store.getState().choose("q1", "b");
    store.getState().lock("q1");
    store.getState().choose("q1", "a");
    expect(store.getState().answers.q1).toEqual({ choice: "b", hash: "h1", locked: true });
  });

  it("refuses to submit while a question is unanswered, then scores all ten", async () => {
    const { store, backing } = await setup();
    for (const q of questions.slice(0, 9)) store.getState().choose(q.id, "a");
    expect(store.getState().submit()).toBeNull();
    store.getState().choose("q10", "b");
    expect(store.getState().submit()).toMatchObject({ score: 9, total: 10, passed: true, missed: ["q10"] });
    expect(store.getState().passed).toMatchObject({ score: 9, total: 10 });
    expect(saved(backing).state).toMatchObject({ submitted: true, passed: { score: 9 } });
    // Submitted answers are locked until Try again.
    store.getState().choose("q10", "a");
    expect(store.getState().answers.q10?.choice).toBe("b");
  });

  it("keeps the submitted result in the store, across a reload, until Try again", async () => {
    const { store, backing, storage } = await setup();
    expect(store.getState().result).toBeNull();
    for (const q of questions) store.getState().choose(q.id, q.id === "q3" ? "b" : "a");
    store.getState().submit();
    expect(store.getState().result).toEqual({ score: 9, total: 10, passed: true, missed: ["q3"] });
    const reloaded = createLessonStore("lesson", { questions, passPercent: 70 }, createSafeStorage(() => backing));
    hydrateLessonStore(reloaded, storage);
    expect(reloaded.getState().result).toEqual({ score: 9, total: 10, passed: true, missed: ["q3"] });
    reloaded.getState().tryAgain();
    expect(reloaded.getState().result).toBeNull();
  });

  it("scores against the lesson's own pass mark", async () => {
    const storage = createSafeStorage(() => memoryStorage());
    const store = createLessonStore("lesson", { questions, passPercent: 100 }, storage);
    hydrateLessonStore(store, storage);
    for (const q of questions) store.getState().choose(q.id, q.id === "q3" ? "b" : "a");
    expect(store.getState().submit()).toMatchObject({ score: 9, passed: false });
    expect(store.getState().passed).toBeNull();
  });

  it("try again clears every answer but keeps attempts and the pass", async () => {
    const { store } = await setup();
    for (const q of questions) store.getState().choose(q.id, "a");
    store.getState().submit();
    store.getState().tryAgain();
    expect(store.getState()).toMatchObject({ answers: {}, submitted: false, attempts: [{ score: 10 }], passed: { score: 10 } });
    // XP counts questions ever answered, so a new attempt does not lower the meter.
    expect(store.getState().answeredEver).toHaveLength(10);
    for (const q of questions) store.getState().choose(q.id, "b");
    store.getState().submit();
    expect(store.getState().passed).toMatchObject({ score: 10 });
    expect(store.getState().attempts.map((a) => a.score)).toEqual([10, 0]);
  });

  it("persists versioned data under the lesson's key and reads it back", async () => {
    const { backing, store } = await setup();
    store.getState().setLevel("L3");
    store.getState().toggleFlipped("card-1");
    store.getState().toggleFlipped("card-2");
    store.getState().toggleFlipped("card-2");
    store.getState().markDemoPlayed();
    store.getState().markSectionRead("outbound");
    store.getState().setOwnWords("Outbound: Okta is master.");
    store.getState().markLabDone(["provision"]);
    store.getState().markLabDone(["provision", "offboard"]);
    expect(saved(backing).version).toBe(PROGRESS_VERSION);
    const again = await setup({ [key]: backing.getItem(key)! });
    expect(again.store.getState()).toMatchObject({
      level: "L3",
      flipped: ["card-1"],
      cardsSeen: ["card-1", "card-2"],
      demoPlayed: true,
      sectionsRead: ["outbound"],
      ownWords: "Outbound: Okta is master.",
      labDone: ["provision", "offboard"],
    });
  });

  it("keeps the level among the lesson's levels: its start level, a saved level it offers, no other", async () => {
    const storage = createSafeStorage(() => memoryStorage({ [key]: JSON.stringify({ state: { level: "L1" }, version: PROGRESS_VERSION }) }));
    const store = createLessonStore("lesson", { questions, passPercent: 70, levels: ["L2", "L3"] }, storage);
    expect(store.getState().level).toBe("L2");
    hydrateLessonStore(store, storage);
    expect(store.getState().level).toBe("L2");
    store.getState().setLevel("L1");
    expect(store.getState().level).toBe("L2");
    store.getState().setLevel("L3");
    expect(store.getState().level).toBe("L3");

    const expertOnly = createLessonStore("lesson", { questions, passPercent: 70, levels: ["L3"] }, createSafeStorage(() => memoryStorage()));
    expect(expertOnly.getState().level).toBe("L3");
    expertOnly.getState().reset();
    expect(expertOnly.getState().level).toBe("L3");
  });

  it("migrates version 1 data on load", async () => {
    const v1 = JSON.stringify({ state: { answers: { q1: "a" }, passed: true, passedAt: "2025-12-01", score: 8 }, version: 1 });
    const { store } = await setup({ [key]: v1 });
    expect(store.getState().answers.q1).toEqual({ choice: "a", hash: "h1", locked: true });
    expect(store.getState().passed).toEqual({ date: "2025-12-01", score: 8, total: 10 });
  });

  it.each([
    ["corrupt JSON", "{not json"],
    ["a foreign shape", JSON.stringify({ hello: "world" })],
    ["a state that is not an object", JSON.stringify({ state: "x", version: 2 })],
    ["wrong field types", JSON.stringify({ state: { answers: [1], attempts: "x", level: 3 }, version: 2 })],
  ])("drops %s without a crash", async (_, raw) => {
    const { store } = await setup({ [key]: raw });
    expect(store.getState()).toMatchObject({ hydrated: true, answers: {}, attempts: [], level: "L2", passed: null });
  });

  it("drops answers to an edited question on load and keeps the pass", async () => {
    const stored = {
      state: {
        answers: { q1: { choice: "a", hash: "h1", locked: true }, q2: { choice: "a", hash: "old", locked: true } },
        passed: { date: "d", score: 8, total: 10 },
      },
      version: PROGRESS_VERSION,
    };
    const { store } = await setup({ [key]: JSON.stringify(stored) });
    expect(Object.keys(store.getState().answers)).toEqual(["q1"]);
    expect(store.getState().staleDropped).toEqual(["q2"]);
    expect(store.getState().passed).toEqual({ date: "d", score: 8, total: 10 });
  });

  it("works in memory when storage throws, and reports it", async () => {
    const { store } = await setup({}, true);
    expect(store.getState().storageMode).toBe("memory");
    store.getState().choose("q5", "c");
    expect(store.getState().answers.q5?.choice).toBe("c");
  });

  it("reset clears everything, the pass included", async () => {
    const { store } = await setup();
    for (const q of questions) store.getState().choose(q.id, "a");
    store.getState().submit();
    store.getState().reset();
    expect(store.getState()).toMatchObject({ answers: {}, passed: null, attempts: [], submitted: false, hydrated: true });
  });
});

describe("what the learner does before saved progress is read", () => {
  const savedProgress = {
    state: {
      answers: { q2: { choice: "c", hash: "h2", locked: true }, q3: { choice: "b", hash: "h3", locked: false } },
      attempts: [{ date: "d", score: 8, total: 10 }],
      passed: { date: "d", score: 8, total: 10 },
      level: "L3",
      flipped: ["card-1"],
      cardsSeen: ["card-1"],
      answeredEver: ["q2", "q3"],
    },
    version: PROGRESS_VERSION,
  };

  function unread(initial: Record<string, string> = { [key]: JSON.stringify(savedProgress) }) {
    const backing = memoryStorage(initial);
    const storage = createSafeStorage(() => backing);
    const store = createLessonStore("lesson", { questions, passPercent: 70 }, storage);
    return { backing, storage, store };
  }

  it("shows at once and writes nothing over what is saved", () => {
    const { backing, store } = unread();
    store.getState().choose("q1", "b");
    store.getState().setLevel("L1");
    expect(store.getState()).toMatchObject({ hydrated: false, level: "L1", answers: { q1: { choice: "b" } } });
    expect(JSON.parse(backing.getItem(key)!)).toEqual(savedProgress);
  });

  it("is applied on top of saved progress once it is read, and saved with it", () => {
    const { backing, storage, store } = unread();
    store.getState().choose("q1", "b");
    store.getState().lock("q1");
    store.getState().choose("q4", "d");
    store.getState().setLevel("L1");
    store.getState().toggleFlipped("card-2");
    store.getState().markSectionRead("outbound");
    hydrateLessonStore(store, storage);
    const expected = {
      answers: {
        q1: { choice: "b", hash: "h1", locked: true },
        q2: { choice: "c", hash: "h2", locked: true },
        q3: { choice: "b", hash: "h3", locked: false },
        q4: { choice: "d", hash: "h4", locked: false },
      },
      passed: { date: "d", score: 8, total: 10 },
      attempts: [{ date: "d", score: 8, total: 10 }],
      level: "L1",
      flipped: ["card-1", "card-2"],
      cardsSeen: ["card-1", "card-2"],
      sectionsRead: ["outbound"],
      answeredEver: ["q2", "q3", "q1", "q4"],
    };
    expect(store.getState()).toMatchObject({ hydrated: true, ...expected });
    expect(saved(backing).state).toMatchObject(expected);
  });

  it("gives way to what saved progress no longer lets change: an answer saved as checked stays", () => {
    const { storage, store } = unread();
    store.getState().choose("q2", "a");
    store.getState().choose("q3", "d");
    hydrateLessonStore(store, storage);
    expect(store.getState().answers.q2).toEqual({ choice: "c", hash: "h2", locked: true });
    expect(store.getState().answers.q3).toEqual({ choice: "d", hash: "h3", locked: false });
  });

  it("keeps a card as the learner left it, not toggled again over its saved side", () => {
    const { storage, store } = unread();
    // The page shows every card's front until progress is read: the learner turns card-1 over.
    store.getState().toggleFlipped("card-1");
    hydrateLessonStore(store, storage);
    expect(store.getState().flipped).toEqual(["card-1"]);
  });

  it("is applied once: a later read (another tab's change) replaces the state as it is", () => {
    const { backing, storage, store } = unread({});
    store.getState().choose("q1", "b");
    hydrateLessonStore(store, storage);
    backing.setItem(key, JSON.stringify({ state: { answers: { q5: { choice: "a", hash: "h5", locked: false } } }, version: PROGRESS_VERSION }));
    hydrateLessonStore(store, storage);
    expect(Object.keys(store.getState().answers)).toEqual(["q5"]);
  });
});

describe("variants and retakes", () => {
  const withVariant: QuestionKey[] = [
    { id: "v1", hash: "h1", kind: "choose-one", correct: "a", letters: ["a", "b"], placement: "wrap-up", variantOf: null },
    { id: "v1-b", hash: "h1b", kind: "choose-one", correct: "b", letters: ["a", "b"], placement: "wrap-up", variantOf: "v1" },
    { id: "v2", hash: "h2", kind: "choose-all", correct: "ab", letters: ["a", "b", "c"], placement: "wrap-up", variantOf: null },
  ];

  it("scores one variant per place, the next one on each retake, and counts XP per place", async () => {
    const backing = memoryStorage();
    const storage = createSafeStorage(() => backing);
    const store = createLessonStore("variants", { questions: withVariant, passPercent: 50 }, storage);
    hydrateLessonStore(store, storage);
    const s = () => store.getState();
    s().choose("v1", "a");
    s().choose("v2", "ba");
    expect(s().submit()).toMatchObject({ score: 2, total: 2, passed: true });
    s().tryAgain();
    expect(s().retakes).toBe(1);
    // The retake shows v1-b: an answer to v1 is no longer what counts, and v1-b must be answered.
    s().choose("v1", "a");
    s().choose("v2", "ab");
    expect(s().submit()).toBeNull();
    s().choose("v1-b", "a");
    expect(s().submit()).toMatchObject({ score: 1, total: 2, missed: ["v1-b"] });
    expect(s().answeredEver).toEqual(["v1", "v2"]);
  });
});
