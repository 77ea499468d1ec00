import { describe, expect, it } from "vitest";
import { readInlinePayload, writeInlinePayload } from "./inline-payload";
import { pageWithPayload } from "./test-support/payload-page";

const LONG = "Provisioning — «créer» un compte </script> & more ".repeat(3);
const STREAM = [
  `1:"$Sreact.fragment"\n`,
  `2:I[5014,["/_next/static/chunks/a.js"],"default"]\n`,
  `3:T${Buffer.byteLength(LONG).toString(16)},${LONG}`,
  `0:["$","main",null,{"children":[["$","p",null,{"children":"$3"}],["$","$L2",null,{"label":"é <b>"}]]}]\n`,
].join("");

describe("the inline payload", () => {
  it("reads the rows of a stream split across scripts anywhere, sized text rows by their UTF-8 length", () => {
    const payload = readInlinePayload(pageWithPayload(STREAM, { pieces: 4 }))!;
    expect(payload.rows.map((r) => r.id)).toEqual(["1", "2", "3", "0"]);
    expect(payload.rows[0]).toEqual({ id: "1", model: "$Sreact.fragment" });
    expect("bytes" in payload.rows[2]! && payload.rows[2].bytes.toString("utf8")).toBe(`3:T${Buffer.byteLength(LONG).toString(16)},${LONG}`);
    expect(payload.rows[3]).toMatchObject({ id: "0", model: ["$", "main", null, {}] });
  });

  it("writes back the same stream, escaped as Next escapes it, and leaves the rest of the page as it was", () => {
    const page = pageWithPayload(STREAM);
    const written = writeInlinePayload(page, readInlinePayload(page)!);
    const again = readInlinePayload(written)!;
    expect(again.rows).toEqual(readInlinePayload(page)!.rows);
    expect(written).not.toContain("</script> &");
    expect(written.slice(0, written.indexOf("self.__next_f.push([1"))).toBe(page.slice(0, page.indexOf("self.__next_f.push([1")));
    expect(written.endsWith("<script>self.after=1</script></body></html>")).toBe(true);
  });

  it("finds no payload in a page without one", () => {
    expect(readInlinePayload("<!DOCTYPE html><html><body><p>Plain</p></body></html>")).toBeUndefined();
  });

  it("refuses chunks it cannot read as text, and markup between the scripts", () => {
    const binary = pageWithPayload(STREAM).replace("<script>self.__next_f.push([1,", '<script>self.__next_f.push([3,"AAEC"])</script><script>self.__next_f.push([1,');
    expect(() => readInlinePayload(binary)).toThrow('found a payload chunk of kind 3 ([3,"AAEC"]…), expected text chunks ([1, "…"]) only');
    const split = pageWithPayload(STREAM).replace('"])</script><script>self.__next_f.push([1,', '"])</script><p>x</p><script>self.__next_f.push([1,');
    expect(() => readInlinePayload(split)).toThrow(/found markup between the payload's scripts at offset \d+, expected them one after another/);
  });
});
