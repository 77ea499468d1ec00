import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx", "scripts/**/*.test.ts", "docs/**/*.test.ts", "bench/lib/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
