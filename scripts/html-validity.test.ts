import { describe, expect, it } from "vitest";
import { htmlValidator, htmlValidityProblems } from "./lib/html-validity";

const validator = htmlValidator();

/** A page as React and Next serialise it: self-closing void tags, camelCase attributes, `async=""`, useId ids. */
function page(body: string, head = "") {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>` +
    `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js" async=""></script>` +
    `<title>Lesson</title>${head}</head><body><div hidden=""></div>${body}<script id="_R_">self.x=1</script></body></html>`
  );
}

describe("HTML validity with the project's .htmlvalidate.json", () => {
  it("accepts what React and Next write for a valid page", () => {
    const body =
      `<main id="main"><h1>Lesson</h1><time dateTime="2026-01-01">1 Jan</time>` +
      `<div role="progressbar" aria-label="XP" aria-valuenow="10" style="width:10%"><span>10%</span></div>` +
      `<fieldset id="_R_6jav5ubtb_"><legend>Q1</legend><label><input type="radio" name="q1" id="_R_6jav5ubtb_-a"/> a</label></fieldset>` +
      `<ul aria-label="Key terms"><li>SCIM</li></ul></main>`;
    expect(htmlValidityProblems(validator, page(body), "index.html")).toEqual([]);
  });

  it("reports a <p> inside a <span> (a path card's blurb) with where it is and what was expected", () => {
    const problems = htmlValidityProblems(validator, page(`<main><a href="#s"><span class="blurb"><p>Start here</p></span></a></main>`), "index.html");
    expect(problems).toEqual([
      "found element-permitted-content at html > body > main > a > span > p: <p> element is not permitted as content under <span>, expected HTML that html-validate accepts (https://html-validate.org/rules/element-permitted-content.html)",
    ]);
  });

  it("reports a <style> outside <head>, and a label's redundant for", () => {
    const problems = htmlValidityProblems(
      validator,
      page(`<main><section><noscript><style>p{color:red}</style></noscript></section><label for="x"><input type="checkbox" id="x"/> x</label></main>`),
      "index.html",
    );
    expect(problems.map((p) => p.split(" at ")[0])).toEqual(["found element-permitted-content", "found no-redundant-for"]);
  });

  it("still reports a name on an element that may not have one, though lists may be named", () => {
    const problems = htmlValidityProblems(validator, page(`<main><ul aria-label="Terms"><li>a</li></ul><pre aria-label="Summary">text</pre></main>`), "index.html");
    expect(problems).toEqual([
      `found aria-label-misuse at html > body > main > pre: "aria-label" cannot be used on this element, expected HTML that html-validate accepts (https://html-validate.org/rules/aria-label-misuse.html)`,
    ]);
  });

  it("still holds ids to HTML's rules (no spaces), only not to 'begins with a letter'", () => {
    const problems = htmlValidityProblems(validator, page(`<main><p id="two words">x</p></main>`), "index.html");
    expect(problems.map((p) => p.split(" at ")[0])).toEqual(["found valid-id", "found attribute-allowed-values"]);
    expect(problems[0]).toContain(`element id "two words" must not contain whitespace`);
  });
});
