/**
 * The Content-Security-Policy for a static page: scripts only from our origin plus the exact inline
 * scripts the page ships (Next's `self.__next_f.push` payloads, its Turbopack bootstrap and the
 * reading-level script), each allowed by its sha256 hash, so an injected script cannot run.
 */
import { createHash } from "node:crypto";
import { attr, elements, parseHtml, textOf } from "./html";

/** The text of every inline <script> in the page, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return elements(parseHtml(html))
    .filter((el) => el.tagName === "script" && attr(el, "src") === undefined)
    .map((el) => textOf(el));
}

/** The CSP source expression for one inline script: `'sha256-<base64>'` of its UTF-8 text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Unique hashes of a page's inline scripts, in first-seen order (stable output between builds). */
export function pageScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHash))];
}

/**
 * The policy. style-src needs 'unsafe-inline': the infographics set SVG style attributes (fill,
 * --ig-delay) and React renders `style` props as attributes, which hashes cannot allow.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

/** Headers every response gets, whatever the file. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};
