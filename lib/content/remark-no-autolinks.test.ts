import { compile } from "@mdx-js/mdx";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { remarkNoAutolinks } from "./remark-no-autolinks";

const html = async (mdx: string) => String(await compile(mdx, { remarkPlugins: [remarkGfm, remarkNoAutolinks], outputFormat: "function-body" }));

describe("remarkNoAutolinks", () => {
  it("leaves an e-mail address as text, in a heading and in a paragraph", async () => {
    const out = await html("### Creating jdoe@example.com\n\n**On the wire — creating jdoe@example.com.** Done.");
    expect(out).not.toContain("mailto:");
    expect(out).toContain("jdoe@example.com");
  });

  it("unlinks a bare web address in a heading but keeps one in a paragraph", async () => {
    const out = await html("## See www.example.com\n\nRead www.example.org today.");
    expect(out).not.toContain('"http://www.example.com"');
    expect(out).toContain('"http://www.example.org"');
  });

  it("keeps links the author wrote", async () => {
    const out = await html("## A [guide](https://example.com/guide)\n\nMail [us](mailto:team@example.com).");
    expect(out).toContain('"https://example.com/guide"');
    expect(out).toContain('"mailto:team@example.com"');
  });
});
