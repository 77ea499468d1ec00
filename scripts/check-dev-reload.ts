/**
 * `npm run check:dev-reload`: proves that `npm run dev` shows lesson edits without a manual
 * refresh. It starts the dev server on a scratch lessons folder holding the new-lesson starter, opens
 * the lesson in Chromium and saves three edits: a new section title (must appear in the same
 * document, i.e. refreshed in place), a broken lesson (the error page must appear, and the terminal
 * must name the problem as a clean `[content]` line with no stack trace), and the fix (the lesson must
 * come back). The starter still holds its placeholders: the preview shows it anyway. Not part of `npm test`: a dev server takes a while to compile.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { createLesson } from "../lib/content/new-lesson";

const port = Number(process.env.DEV_RELOAD_PORT ?? 4650);
const dir = await mkdtemp(path.join(tmpdir(), "dev-reload-"));
const file = await createLesson({ slug: "dev-reload", title: "Dev reload check", dir });
const edit = async (from: string, to: string) => writeFile(file, (await readFile(file, "utf8")).replace(from, to));

const dev = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts", "--port", String(port)], {
  env: { ...process.env, LESSONS_DIR: dir, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "pipe", "pipe"],
});
// What the author reads in the terminal: kept to check that a broken save shows the clean lines only.
let terminal = "";
dev.stderr.on("data", (chunk: Buffer) => {
  terminal += String(chunk);
  process.stderr.write(chunk);
});
await new Promise<void>((resolve, reject) => {
  dev.stdout.on("data", (chunk: Buffer) => (String(chunk).includes("Ready") ? resolve() : undefined));
  dev.on("exit", () => reject(new Error("npm run dev exited before it was ready")));
});

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p): p is string => !!p && existsSync(p));
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
try {
  const page = await browser.newPage();
  // localhost, not 127.0.0.1: Next's dev server refuses its HMR connection from other origins.
  // The first request compiles the lesson route, which takes a while on a slow machine.
  await page.goto(`http://localhost:${port}/lessons/dev-reload/`, { timeout: 300_000 });
  await page.getByRole("heading", { name: /The idea in one picture/ }).waitFor({ timeout: 60_000 });
  await page.evaluate(() => document.documentElement.setAttribute("data-before-edit", ""));

  await edit("The idea in one picture", "Edited while the page is open");
  await page.getByRole("heading", { name: /Edited while the page is open/ }).waitFor({ timeout: 20_000 });
  if (!(await page.evaluate(() => document.documentElement.hasAttribute("data-before-edit")))) throw new Error("the edit reloaded the whole page");
  console.log("✓ an edit shows in place");

  terminal = "";
  await edit("<Option correct>", "<Option>");
  await page.locator("[data-page-error]").waitFor({ timeout: 20_000 });
  console.log("✓ a broken save shows the error page");
  if (!/\[content\] .*dev-reload\.mdx:\d+: <QuickCheck/.test(terminal)) throw new Error(`the terminal did not name the problem:\n${terminal}`);
  if (/ContentError|lib\/content\/load\.ts|^\s+at /m.test(terminal)) throw new Error(`the terminal showed a stack trace after the [content] lines:\n${terminal}`);
  console.log("✓ the terminal shows the problem as a [content] line, with no stack trace");

  await edit("<Option>", "<Option correct>");
  await page.getByRole("heading", { name: /Edited while the page is open/ }).waitFor({ timeout: 20_000 });
  console.log("✓ the next good save brings the lesson back");
} finally {
  await browser.close();
  dev.kill("SIGTERM");
  await rm(dir, { recursive: true, force: true });
}
