import { describe, expect, it } from "vitest";
import { createSafeStorage } from "./safe-storage";
import { memoryStorage } from "./memory-storage.test-helper";

describe("createSafeStorage", () => {
  it("uses localStorage when it works", () => {
    const backing = memoryStorage();
    const storage = createSafeStorage(() => backing);
    storage.setItem("k", "v");
    expect(backing.getItem("k")).toBe("v");
    expect(storage.getItem("k")).toBe("v");
    expect(storage.mode).toBe("local");
  });

  it("falls back to memory when storage throws, and says so", () => {
    const storage = createSafeStorage(() => memoryStorage({}, true));
    expect(() => storage.setItem("k", "v")).not.toThrow();
    expect(storage.mode).toBe("memory");
    expect(storage.getItem("k")).toBe("v");
    storage.removeItem("k");
    expect(storage.getItem("k")).toBeNull();
  });

  it("falls back to memory when even reaching localStorage throws", () => {
    const storage = createSafeStorage(() => {
      throw new DOMException("denied", "SecurityError");
    });
    expect(storage.getItem("k")).toBeNull();
    expect(storage.mode).toBe("memory");
  });

  it("falls back to memory when there is no localStorage (server, old browsers)", () => {
    const storage = createSafeStorage(() => undefined);
    storage.setItem("k", "v");
    expect(storage.getItem("k")).toBe("v");
    expect(storage.mode).toBe("memory");
  });
});
