/**
 * `npm run dev`: `next dev` plus live reload for lesson edits. Lesson pages read their MDX with fs,
 * so Turbopack does not see the file change and would only show an edit after a manual refresh.
 * This script watches the lessons folder, checks the edited lesson (printing problems the way
 * `npm run check-content` does, without Next's stack traces of the same problems) and tells the
 * open pages over a tiny Server-Sent Events server;
 * components/dev/content-reload.tsx then refreshes the page in place. Arguments go to `next dev`
 * (e.g. `npm run dev -- --port 3001`).
 */
import { spawn } from "node:child_process";
import { existsSync, watch } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { lessonsDir, parseLesson } from "../lib/content/load";
import { formatProblem } from "../lib/content/problems";
import { placeholderNote } from "../lib/content/placeholders";

const clients = new Set<http.ServerResponse>();
const events = http.createServer((req, res) => {
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-store",
    // The page is served by next dev on another port.
    "Access-Control-Allow-Origin": "*",
  });
  res.write(": connected\n\n");
  clients.add(res);
  req.on("close", () => clients.delete(res));
});
await new Promise<void>((resolve) => events.listen(0, "127.0.0.1", resolve));
const reloadUrl = `http://127.0.0.1:${(events.address() as AddressInfo).port}/`;

async function lessonChanged(file: string) {
  const shown = path.relative(process.cwd(), file);
  if (existsSync(file)) {
    const { problems } = await parseLesson(file);
    if (problems.length === 0) console.log(`[content] ${shown}: no problems, reloading the page`);
    for (const p of problems.filter((p) => !p.placeholder)) console.error(`[content] ${formatProblem(p)}`);
    // The preview shows a lesson with placeholders; one line names them instead of one line each.
    const placeholders = problems.filter((p) => p.placeholder);
    if (placeholders.length > 0) {
      console.log(`[content] ${shown}: starter placeholders left on lines ${placeholders.map((p) => p.line).join(", ")}. ${placeholderNote(placeholders.length)}`);
    }
  } else {
    console.log(`[content] ${shown} was removed`);
  }
  for (const client of clients) client.write(`data: ${JSON.stringify(shown)}\n\n`);
}

// Editors save with several writes (or write a temp file and rename it): wait until they settle.
const pending = new Map<string, NodeJS.Timeout>();
const dir = lessonsDir();
const watcher = watch(dir, (_event, name) => {
  if (!name?.endsWith(".mdx")) return;
  const file = path.join(dir, name);
  clearTimeout(pending.get(file));
  pending.set(file, setTimeout(() => void lessonChanged(file), 120));
});

/**
 * Next's errors, minus the stack traces of a broken lesson: the page that fails to render logs the
 * ContentError with its stack and a code frame of lib/content/load.ts, once for the page and once
 * for its metadata. The author has already read the problems as clean `[content]` lines above, so
 * each such block is dropped, up to the `}` that closes it; every other line passes through.
 */
function withoutContentErrorTraces(from: NodeJS.ReadableStream, to: NodeJS.WritableStream) {
  let skipped = 0;
  const lines = createInterface({ input: from, crlfDelay: Infinity });
  lines.on("line", (line) => {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, "");
    if (/Error \[ContentError\]|ContentError: Invalid lesson content/.test(plain)) {
      skipped = 1;
      return;
    }
    if (skipped > 0) {
      // A block ends with the `}` after its digest; a Next status line also ends it, in case one has none.
      const nextLog = /^\s?(✓|○|⚠|⨯|GET |POST |HEAD )/.test(plain);
      if (!nextLog && skipped < 200) {
        skipped = plain.trim() === "}" ? 0 : skipped + 1;
        return;
      }
      skipped = 0;
    }
    to.write(`${line}\n`);
  });
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const next = spawn(process.execPath, [nextBin, "dev", ...process.argv.slice(2)], {
  stdio: ["inherit", "inherit", "pipe"],
  // Next colours its messages only on a terminal; its errors now pass through a pipe.
  env: { ...process.env, CONTENT_RELOAD_URL: reloadUrl, ...(process.stderr.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: "1" } : {}) },
});
withoutContentErrorTraces(next.stderr!, process.stderr);
console.log(`[content] watching ${path.relative(process.cwd(), dir) || dir}: pages reload when a lesson changes`);

function stop(code: number) {
  watcher.close();
  for (const client of clients) client.end();
  events.close();
  process.exit(code);
}
next.on("exit", (code, signal) => stop(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
