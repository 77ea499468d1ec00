/**
 * One progress store per lesson (zustand, vanilla so it can be created per provider instance),
 * persisted to localStorage under `techclick:progress:<slug>` with a version and a migration.
 * Hydration is manual (skipHydration) so the first client render matches the static HTML.
 * What the learner does before saved progress is read shows at once, is never written over what
 * is saved, and is applied again on top of it once it is read.
 */
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import { createStore, type Mutate, type StoreApi } from "zustand/vanilla";
import { LEVELS, offeredLevel, startLevel, type Level } from "@/lib/content/levels";
import type { QuestionKey } from "@/lib/question";
import { placeOf, shownQuestions } from "@/lib/quiz/variants";
import { scoreAttempt, unanswered, type AttemptScore } from "@/lib/scoring";
import { dropStaleAnswers, emptyProgress, migrateProgress, PROGRESS_VERSION, type Progress } from "./schema";
import { createSafeStorage, type SafeStorage, type StorageMode } from "./safe-storage";

export type { QuestionKey } from "@/lib/question";

/** What the store needs to know about the lesson's assessment. */
export interface Assessment {
  questions: QuestionKey[];
  /** The lesson's pass mark, in percent. */
  passPercent: number;
  /** The reading levels the lesson offers (all of them when omitted); the level stays among them. */
  levels?: readonly Level[];
}

export interface LessonProgressState extends Progress {
  /** False until saved progress has been read (always false on the server and first render). */
  hydrated: boolean;
  storageMode: StorageMode;
  /** Ids of saved answers dropped because the instructor changed those questions. */
  staleDropped: string[];
  /** The score of the submitted answers while they stay submitted; the one place answers are scored. */
  result: AttemptScore | null;

  /** Records a response (see lib/quiz/letters); an empty one clears the answer. Ignored once locked or submitted. */
  choose(id: string, choice: string): void;
  /** Locks an inline answer ("Check"): the first checked answer is the one scored. */
  lock(id: string): void;
  setLevel(level: Level): void;
  toggleFlipped(cardId: string): void;
  markDemoPlayed(): void;
  /** Records SCIM lab challenges as completed; never removes one. */
  markLabDone(ids: string[]): void;
  markSectionRead(sectionId: string): void;
  setOwnWords(text: string): void;
  /**
   * Scores the attempt's questions (inline and wrap-up; of each question's variants, the one this
   * attempt shows) with `scoreAttempt`, locks the answers, records the attempt and keeps the first
   * pass. Refused (returns null) while any of them is unanswered, or when already submitted.
   */
  submit(): AttemptScore | null;
  /** Clears all answers, inline included, for a new attempt (the next variants, a new option order); attempts and an earned pass are kept. */
  tryAgain(): void;
  dismissStale(): void;
  reset(): void;
}


const MAX_ATTEMPTS = 20;

export function storageKey(slug: string): string {
  return `techclick:progress:${slug}`;
}

/** JSON storage whose reads never throw: unparsable data reads as "nothing saved". */
function jsonStorage(storage: SafeStorage): PersistStorage<Progress> {
  return {
    getItem: (name) => {
      const raw = storage.getItem(name) as string | null;
      if (!raw) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<Progress>;
        return value && typeof value === "object" && "state" in value ? value : null;
      } catch {
        return null;
      }
    },
    setItem: (name, value) => storage.setItem(name, JSON.stringify(value)),
    removeItem: (name) => storage.removeItem(name),
  };
}

const persisted = (s: LessonProgressState): Progress => ({
  answers: s.answers,
  submitted: s.submitted,
  attempts: s.attempts,
  passed: s.passed,
  level: s.level,
  flipped: s.flipped,
  demoPlayed: s.demoPlayed,
  sectionsRead: s.sectionsRead,
  answeredEver: s.answeredEver,
  cardsSeen: s.cardsSeen,
  ownWords: s.ownWords,
  labDone: s.labDone,
  retakes: s.retakes,
  labState: s.labState,
});

/**
 * The learner's actions taken before saved progress was read, per store, to apply again once it is:
 * the read replaces the state they changed.
 */
const beforeRead = new WeakMap<object, Array<() => void>>();

/** Writes to `storage` only once saved progress has been read: earlier state would overwrite it. */
function writesOnceRead(store: () => LessonStore, storage: PersistStorage<Progress>): PersistStorage<Progress> {
  return { ...storage, setItem: (name, value) => (store().getState().hydrated ? storage.setItem(name, value) : undefined) };
}

/** Persists the store to `storage` (an LMS's, say) from now on; as with the device's, nothing before saved progress is read. */
export function persistTo(store: LessonStore, storage: PersistStorage<Progress>): void {
  store.persist.setOptions({ storage: writesOnceRead(() => store, storage) });
}

export function createLessonStore(slug: string, { questions, passPercent, levels = LEVELS }: Assessment, storage: SafeStorage = createSafeStorage()): LessonStore {
  const initial = { ...emptyProgress, level: startLevel(levels) };
  const byId = new Map(questions.map((q) => [q.id, q]));
  /** An attempt is scored on the variants it shows, one per place. */
  const scoreOf = (answers: Progress["answers"], retakes: number) =>
    scoreAttempt(Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.choice])), shownQuestions(questions, retakes), passPercent);
  const store: LessonStore = createStore<LessonProgressState>()(
    persist(
      (set, get, api) => {
        const early: Array<() => void> = [];
        beforeRead.set(api, early);
        /** The action, kept to be applied again after the read when it is taken before it. */
        const kept =
          <A extends unknown[], R>(action: (...args: A) => R) =>
          (...args: A): R => {
            if (!get().hydrated) early.push(() => void action(...args));
            return action(...args);
          };
        /** Shows or hides a card's back; kept as what the learner made it, not as a toggle. */
        const flip = kept((cardId: string, on: boolean) => {
          const { flipped, cardsSeen } = get();
          set({
            flipped: on ? (flipped.includes(cardId) ? flipped : [...flipped, cardId]) : flipped.filter((c) => c !== cardId),
            cardsSeen: cardsSeen.includes(cardId) ? cardsSeen : [...cardsSeen, cardId],
          });
        });
        return {
          ...initial,
          hydrated: false,
          storageMode: "local",
          staleDropped: [],
          result: null,
          choose: kept((id: string, choice: string) => {
            const current = get().answers[id];
            const question = byId.get(id);
            if (!question || current?.locked || get().submitted) return;
            const { answers, answeredEver } = get();
            if (choice === "") {
              set({ answers: Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id)) });
              return;
            }
            // XP counts places: answering a variant counts for the question it varies.
            const place = placeOf(question);
            set({
              answers: { ...answers, [id]: { choice, hash: question.hash, locked: false } },
              answeredEver: answeredEver.includes(place) ? answeredEver : [...answeredEver, place],
            });
          }),
          lock: kept((id: string) => {
            const current = get().answers[id];
            if (!current || current.locked) return;
            set({ answers: { ...get().answers, [id]: { ...current, locked: true } } });
          }),
          setLevel: kept((level: Level) => {
            if (levels.includes(level)) set({ level });
          }),
          toggleFlipped: (cardId) => flip(cardId, !get().flipped.includes(cardId)),
          markDemoPlayed: kept(() => set({ demoPlayed: true })),
          markLabDone: kept((ids: string[]) => {
            const fresh = ids.filter((id) => !get().labDone.includes(id));
            if (fresh.length > 0) set({ labDone: [...get().labDone, ...fresh] });
          }),
          markSectionRead: kept((sectionId: string) => {
            if (!get().sectionsRead.includes(sectionId)) set({ sectionsRead: [...get().sectionsRead, sectionId] });
          }),
          setOwnWords: kept((ownWords: string) => set({ ownWords: ownWords.slice(0, 2000) })),
          submit: kept(() => {
            const { answers, submitted, attempts, passed, retakes } = get();
            if (submitted || unanswered(answers, shownQuestions(questions, retakes)).length > 0) return null;
            const result = scoreOf(answers, retakes);
            const date = new Date().toISOString();
            const { score, total } = result;
            set({
              answers: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { ...a, locked: true }])),
              submitted: true,
              // The last few attempts are enough for the learner's history; storage stays small.
              attempts: [...attempts, { date, score, total }].slice(-MAX_ATTEMPTS),
              passed: passed ?? (result.passed ? { date, score, total } : null),
              result,
            });
            return result;
          }),
          tryAgain: kept(() => set({ answers: {}, submitted: false, result: null, retakes: get().retakes + 1 })),
          // The note lists what the read dropped: there is nothing to dismiss before it.
          dismissStale: () => set({ staleDropped: [] }),
          reset: kept(() => set({ ...initial, staleDropped: [], result: null })),
        };
      },
      {
        name: storageKey(slug),
        version: PROGRESS_VERSION,
        storage: writesOnceRead(() => store, jsonStorage(storage)),
        skipHydration: true,
        partialize: persisted,
        migrate: (stored, version) => migrateProgress(stored, version),
        merge: (stored, current) => {
          const { progress, dropped } = dropStaleAnswers(migrateProgress(stored, PROGRESS_VERSION), questions);
          return { ...current, ...progress, level: offeredLevel(progress.level, levels), staleDropped: dropped, result: progress.submitted ? scoreOf(progress.answers, progress.retakes) : null };
        },
      },
    ),
  );
  return store;
}

export type LessonStore = Mutate<StoreApi<LessonProgressState>, [["zustand/persist", Progress]]>;

/**
 * Reads saved progress into the store and marks it hydrated; call on mount and on storage events.
 * The storage answers synchronously, and zustand's persist then reads, migrates and merges at once:
 * both updates happen before this returns, in the caller's turn (inside a React transition when
 * the caller runs it in one).
 */
export function hydrateLessonStore(store: LessonStore, storage: SafeStorage): void {
  void store.persist.rehydrate();
  store.setState({ hydrated: true, storageMode: storage.mode });
  // The learner's own actions since the page opened come after what was saved (the store refuses
  // as usual what no longer applies, such as a new choice for an answer saved as checked).
  const early = beforeRead.get(store) ?? [];
  for (const action of early.splice(0)) action();
}
