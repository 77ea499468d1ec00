/** `npm run check-content` prints every problem of every file and fails; clean lessons pass. */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLesson } from "../lib/content/new-lesson";
import { PLACEHOLDER_URL } from "../lib/content/placeholders";
import { describe, expect, it } from "vitest";

function checkContent(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts", ...args], { encoding: "utf8" });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe("check-content", () => {
  it("reports the problems of every bad fixture, counts them all, and exits 1", () => {
    const { status, err } = checkContent("e2e/fixtures/bad");
    const files = readdirSync("e2e/fixtures/bad").filter((f) => f.endsWith(".mdx"));
    expect(status).toBe(1);
    for (const file of files) expect(err).toMatch(new RegExp(`^e2e/fixtures/bad/${file.replace(".", "\\.")}(:\\d+)?: .*found.*expected`, "m"));
    const reported = err.split("\n").filter((line) => /^e2e\/fixtures\/bad\/[\w-]+\.mdx(:\d+)?: /.test(line)).length;
    expect(reported).toBeGreaterThan(files.length);
    expect(err).toContain(`${reported} problems in ${files.length} lesson files.`);
  });

  it("passes the lessons and the good fixtures", () => {
    const { status, out } = checkContent("content/lessons", "e2e/fixtures/lessons");
    expect(status).toBe(0);
    expect(out).toMatch(/lesson files checked: no problems/);
    expect(out).toMatch(/^content\/lessons\/okta-scim-provisioning\.mdx: L1 [\d,]+ · L2 [\d,]+ · L3 [\d,]+ words \(L1 is \d+% of L2\)$/m);
  });

  it("refuses the new-lesson starter, naming each placeholder's line, until they are replaced", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "starter-"));
    try {
      const file = await createLesson({ slug: "my-lesson", title: "My lesson", dir });
      const refused = checkContent(file);
      expect(refused.status).toBe(1);
      expect(refused.err).toMatch(/my-lesson\.mdx:\d+: found the starter's placeholder "TODO: /);
      expect(refused.err).toMatch(/my-lesson\.mdx:\d+: found the starter's placeholder address https:\/\/example\.org\//);
      expect(refused.err).toMatch(/are starter placeholders: npm run dev previews the lesson as it is; npm run build refuses it until they are replaced\./);
      await writeFile(file, (await readFile(file, "utf8")).replaceAll("TODO: ", "").replace(PLACEHOLDER_URL, "https://www.rfc-editor.org/rfc/rfc2606"));
      const accepted = checkContent(file);
      expect(accepted.err).toBe("");
      expect(accepted.status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("names a path that does not exist", () => {
    const { status, err } = checkContent("content/no-such-folder");
    expect(status).toBe(2);
    expect(err).toContain("content/no-such-folder: found no such file or folder");
  });
});
