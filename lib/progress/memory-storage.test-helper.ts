/** An in-memory `Storage` for unit tests, optionally throwing on every call (private mode, quota). */
export function memoryStorage(initial: Record<string, string> = {}, throws = false): Storage {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (throws) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  };
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => {
      guard();
      return data.get(k) ?? null;
    },
    setItem: (k, v) => {
      guard();
      data.set(k, String(v));
    },
    removeItem: (k) => {
      guard();
      data.delete(k);
    },
  };
}
