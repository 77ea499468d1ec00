/**
 * Deterministic shuffles: the same question and attempt always give the same order, on the server
 * and in every browser, so the static HTML and the first client render agree and a retake can be
 * told apart from the attempt before it.
 */

/** FNV-1a of the seed, then mulberry32: small, fast and well spread for a handful of items. */
function random(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `items` in a seeded random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A seeded order that differs from `avoid` (e.g. the right order of a put-in-order question, or the
 * order shown last time), whenever there are two or more items.
 */
export function shuffledAvoiding<T>(items: readonly T[], seed: string, avoid: readonly T[] = items): T[] {
  const out = shuffled(items, seed);
  const same = out.length === avoid.length && out.every((item, i) => item === avoid[i]);
  // A rotation by one is never the order it started from.
  return same && out.length > 1 ? [...out.slice(1), out[0]!] : out;
}
