import { describe, expect, it } from "vitest";
import { shuffled, shuffledAvoiding } from "./shuffle";

const letters = ["a", "b", "c", "d", "e"];

describe("seeded shuffles", () => {
  it("give the same order for the same seed and keep every item", () => {
    expect(shuffled(letters, "q1:0")).toEqual(shuffled(letters, "q1:0"));
    expect([...shuffled(letters, "q1:0")].sort()).toEqual(letters);
  });

  it("give different orders for different seeds", () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffled(letters, `q1:${i}`).join("")));
    expect(orders.size).toBeGreaterThan(10);
  });

  it("never return the order to avoid when there are two or more items", () => {
    for (let i = 0; i < 200; i++) {
      expect(shuffledAvoiding(["a", "b"], `seed${i}`).join("")).toBe("ba");
      const avoid = shuffled(letters, `last${i}`);
      expect(shuffledAvoiding(letters, `seed${i}`, avoid)).not.toEqual(avoid);
    }
    expect(shuffledAvoiding(["a"], "x")).toEqual(["a"]);
  });
});
