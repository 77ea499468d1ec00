/** A citation renders plain in-page links, numbered by the sources' order, named "Source n". */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Cite } from "./cite";

const sources = ["okta-scim-concepts", "okta-help", "rfc-7644"];

describe("<Cite>", () => {
  it("links one source by its number in the Sources list", () => {
    const html = renderToStaticMarkup(<Cite src="rfc-7644" sources={sources} />);
    expect(html).toContain('href="#source-rfc-7644"');
    expect(html).toContain('aria-label="Source 3"');
    expect(html.replace(/<[^>]+>/g, "")).toBe("3");
  });

  it("lists several sources in ascending order, once each, with a decorative comma between them", () => {
    const html = renderToStaticMarkup(<Cite src="rfc-7644 okta-scim-concepts rfc-7644" sources={sources} />);
    expect([...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(["source-okta-scim-concepts", "source-rfc-7644"]);
    expect([...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual(["Source 1", "Source 3"]);
    expect(html.replace(/<[^>]+>/g, "")).toBe("1,3");
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(1);
  });
});
