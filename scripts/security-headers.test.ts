import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { lacksExtension, sniffImageType } from "./lib/content-types";
import { contentSecurityPolicy, inlineScripts, pageScriptHashes, scriptHash } from "./lib/csp";
import { catchAllPolicy, renderHeadersFile, renderNginxConf, routeFor, type PageRule } from "./lib/header-files";

const FIXTURE = `<!DOCTYPE html><html><head><script src="/_next/a.js" async></script>
<script>document.documentElement.dataset.level="L2"</script></head>
<body><p>Hi</p><script>self.__next_f.push([1,"a & b </p>"])</script>
<script>document.documentElement.dataset.level="L2"</script></body></html>`;

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("inline script hashes", () => {
  it("finds the text of inline scripts only, byte for byte", () => {
    expect(inlineScripts(FIXTURE)).toEqual([
      'document.documentElement.dataset.level="L2"',
      'self.__next_f.push([1,"a & b </p>"])',
      'document.documentElement.dataset.level="L2"',
    ]);
  });

  it("hashes UTF-8 text as CSP expects and lists each script once", () => {
    expect(scriptHash("é")).toBe(sha("é"));
    expect(pageScriptHashes(FIXTURE)).toEqual([sha('document.documentElement.dataset.level="L2"'), sha('self.__next_f.push([1,"a & b </p>"])')]);
  });

  it("returns nothing for a page without inline scripts", () => {
    expect(pageScriptHashes("<p>static</p>")).toEqual([]);
  });
});

describe("the policy", () => {
  const policy = contentSecurityPolicy(["'sha256-x'"]);

  it("allows only our origin and the hashed scripts", () => {
    expect(policy).toContain("script-src 'self' 'sha256-x';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy.match(/script-src[^;]*/)?.[0]).not.toContain("unsafe-inline");
    for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "upgrade-insecure-requests"]) {
      expect(policy).toContain(directive);
    }
  });
});

describe("header files", () => {
  const pages: PageRule[] = [
    { route: "/", file: "index.html", scriptHashes: ["'sha256-a'"] },
    { route: "/lessons/x/", file: "lessons/x/index.html", scriptHashes: ["'sha256-a'", "'sha256-b'"] },
  ];

  it("maps files to the URLs they are served at", () => {
    expect(routeFor("index.html")).toBe("/");
    expect(routeFor("lessons/x/index.html")).toBe("/lessons/x/");
    expect(routeFor("404.html")).toBe("/404.html");
    expect(routeFor("lessons/x/index.html", "/learn")).toBe("/learn/lessons/x/");
  });

  it("gives the catch-all every page's hashes, so joined policies still allow each page", () => {
    expect(catchAllPolicy(pages)).toContain("script-src 'self' 'sha256-a' 'sha256-b';");
  });

  it("writes _headers with shared headers once and a CSP per page", () => {
    const file = renderHeadersFile(pages);
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: .*\n {2}Referrer-Policy: no-referrer$/m);
    expect(file).toContain("\n/lessons/x/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b';");
    expect(file.match(/X-Frame-Options/g)).toHaveLength(1);
  });

  it("writes nginx locations that repeat every header, since add_header is not inherited", () => {
    const conf = renderNginxConf(pages);
    expect(conf).toContain("location = /lessons/x/ {\n    try_files /lessons/x/index.html =404;");
    expect(conf.match(/add_header X-Frame-Options "DENY" always;/g)).toHaveLength(3);
    expect(conf).toContain(`add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-a';`);
  });
});

describe("extension-less images", () => {
  it("sniffs PNG and JPEG from their first bytes", () => {
    expect(sniffImageType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("image/png");
    expect(sniffImageType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffImageType(new TextEncoder().encode("<svg"))).toBeUndefined();
  });

  it("only looks at files whose name has no extension", () => {
    expect(lacksExtension("lessons/x/opengraph-image")).toBe(true);
    expect(lacksExtension("lessons/x.y/index.html")).toBe(false);
  });

  it("names their type in both header files", () => {
    const typed = [{ route: "/lessons/x/opengraph-image", contentType: "image/png" }];
    expect(renderHeadersFile([], typed)).toContain("\n/lessons/x/opengraph-image\n  Content-Type: image/png\n");
    expect(renderNginxConf([], typed)).toContain("location = /lessons/x/opengraph-image {\n    default_type image/png;\n}");
  });
});
