import path from "node:path";

/** Where the tiny lesson claims to live: its slug comes from this file name. */
export const TINY_LESSON_FILE = path.join(process.cwd(), "content/__fixtures__/tiny-lesson.mdx");

/**
 * A tiny valid lesson offering L1–L3, for tests of what the build makes of a body: `body` follows
 * the frontmatter, which ends on line 14.
 */
export function tinyLesson(body: string, { duration = 5, about = "the reading levels" }: { duration?: number; about?: string } = {}): string {
  return `---
title: "Tiny lesson"
slug: tiny-lesson
track: ["Okta"]
levels: [L1, L2, L3]
date: "2026-06-20"
duration: ${duration}
subtitle: "A fixture."
description: "A fixture lesson for ${about}."
quickAnswer: "A fixture."
objectives:
  - "Read a passage"
  - "Pick a level"
---
${body}`;
}
