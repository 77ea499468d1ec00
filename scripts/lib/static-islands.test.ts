import { describe, expect, it } from "vitest";
import { LESSON_BLOCK } from "../../lib/lesson-block";
import { readInlinePayload } from "./inline-payload";
import { pageWithPayload } from "./test-support/payload-page";
import { staticIslands } from "./static-islands";

const PROSE = "Okta sends a SCIM request to the app for each change it makes to an assigned user.";
const NOTE = "A note that is long enough to be worth marking static in the payload, and then some.";
const rows = (...lines: string[]) => lines.map((line) => `${line}\n`).join("");
const block = (key: string, children: unknown, name: string | null = LESSON_BLOCK) => ["$", "$2", key, name ? { name, children } : { children }];
const p = (text: string, props: object = {}) => ["$", "p", null, { ...props, children: text }];

/** What the payload holds after the rewrite: row id → model. */
function models(html: string): Map<string, unknown> {
  return new Map(readInlinePayload(html)!.rows.flatMap((row) => ("model" in row ? [[row.id, row.model] as const] : [])));
}

describe("staticIslands", () => {
  it("marks a block's static markup static and leaves its client components and their props alone", () => {
    const widget = ["$", "$L3", null, { explanation: p(NOTE), label: "Check" }];
    const section = ["$", "section", null, { id: "one", className: "mt-16", children: [["$", "h2", null, { children: "One" }], p(PROSE, { className: "lead" }), widget] }];
    const page = pageWithPayload(
      rows(`1:"$Sreact.fragment"`, `2:"$Sreact.suspense"`, `3:I[5014,[],"Widget"]`, `0:${JSON.stringify(["$", "main", null, { children: [block(".0", section)] }])}`),
    );
    const { html, islands } = staticIslands(page);
    expect(islands).toBe(1);
    const main = models(html).get("0") as unknown[];
    const [, , , { children: marked }] = ((main[3] as { children: unknown[] }).children[0] as [string, string, string, { children: [string, string, null, { children: unknown[] }] }])[3].children;
    expect(marked).toEqual([["$", "h2", null, { children: "One" }], ["$", "p", null, { className: "lead", dangerouslySetInnerHTML: { __html: "" } }], widget]);
    expect(html.slice(0, html.indexOf("<script>"))).toBe(page.slice(0, page.indexOf("<script>")));
  });

  it("follows rows a block uses once, through fragments, and drops the rows only marked content used", () => {
    const list = ["$", "ul", null, { children: [["$", "li", null, { children: "$5" }], ["$", "li", null, { children: NOTE }]] }];
    const stream = rows(`1:"$Sreact.fragment"`, `2:"$Sreact.suspense"`, `0:${JSON.stringify(["$", "main", null, { children: [block(".0", ["$", "$1", null, { children: ["$L4"] }])] }])}`, `4:${JSON.stringify(list)}`) + `5:T${Buffer.byteLength(PROSE).toString(16)},${PROSE}`;
    const { html, islands } = staticIslands(pageWithPayload(stream));
    expect(islands).toBe(1);
    const after = models(html);
    expect(after.get("4")).toEqual(["$", "ul", null, { dangerouslySetInnerHTML: { __html: "" } }]);
    expect(readInlinePayload(html)!.rows.map((r) => r.id)).toEqual(["1", "2", "0", "4"]);
  });

  it("leaves boundaries that are not lesson blocks, shared rows and anything but plain markup as they were", () => {
    const shared = p(NOTE);
    const stream = rows(
      `1:"$Sreact.fragment"`,
      `2:"$Sreact.suspense"`,
      `6:${JSON.stringify(shared)}`,
      `0:${JSON.stringify([
        "$",
        "main",
        null,
        {
          children: [
            block(".0", p(PROSE), "something-else"),
            block(".1", ["$", "div", null, { children: ["$6", "$6"] }]),
            block(".2", ["$", "form", null, { children: p(PROSE) }]),
            block(".3", ["$", "p", null, { children: [PROSE, "$D2026-12-06"] }]),
            block(".4", p("Short.")),
          ],
        },
      ])}`,
    );
    const page = pageWithPayload(stream);
    const { html, islands } = staticIslands(page);
    // Only the form's own paragraph, inside a form React manages, is plain markup; the form is not.
    expect(islands).toBe(1);
    const main = JSON.stringify(models(html).get("0"));
    expect(main).toContain(JSON.stringify(block(".0", p(PROSE), "something-else")));
    expect(main).toContain(JSON.stringify(block(".1", ["$", "div", null, { children: ["$6", "$6"] }])));
    expect(main).toContain(JSON.stringify(block(".3", ["$", "p", null, { children: [PROSE, "$D2026-12-06"] }])));
    expect(main).toContain(JSON.stringify(block(".4", p("Short."))));
    expect(models(html).get("6")).toEqual(shared);
  });

  it("returns a page without a payload or without lesson blocks as it was", () => {
    const plain = "<!DOCTYPE html><html><body><p>Plain</p></body></html>";
    expect(staticIslands(plain)).toEqual({ html: plain, islands: 0 });
    const page = pageWithPayload(rows(`2:"$Sreact.suspense"`, `0:${JSON.stringify(["$", "main", null, { children: block(".0", p(PROSE), null) }])}`));
    expect(staticIslands(page)).toEqual({ html: page, islands: 0 });
  });
});
