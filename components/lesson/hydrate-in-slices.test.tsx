import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HydrateInSlices } from "./hydrate-in-slices";

describe("HydrateInSlices", () => {
  it("puts each block in a boundary of its own and leaves the text between them as it is", () => {
    const html = renderToString(
      <HydrateInSlices>
        {[<section key="a">One</section>, "\n", <section key="b">Two</section>]}
      </HydrateInSlices>,
    );
    expect(html).toBe("<!--$--><section>One</section><!--/$-->\n<!--$--><section>Two</section><!--/$-->");
  });
});
