import { describe, expect, it } from "vitest";
import { PACKAGE_ASSET_PREFIX, relativizeAssets, relativizePage, relativizeWebManifest, urlsLeavingPackage } from "./package-paths";

const P = PACKAGE_ASSET_PREFIX;

describe("relativizePage", () => {
  const html = [
    `<link rel="stylesheet" href="${P}/_next/static/chunks/a.css"/>`,
    `<script src="${P}/_next/static/chunks/b.js" async=""></script>`,
    `<link rel="icon" href="/icon.svg?icon.1.svg"/><link rel="manifest" href="/manifest.webmanifest"/>`,
    `<script>self.__next_f.push([1,"2:[\\"${P}/_next/static/chunks/c.js\\"]\\n3:{\\"href\\":\\"/apple-touch-icon.png?x\\"}"])</script>`,
    `<p>Okta calls <code>/Users</code> and "/icon.svg is a file" in prose.</p>`,
  ].join("");
  const out = relativizePage(html);

  it("turns the asset prefix into ./ in attributes and in the inline payload", () => {
    expect(out).toContain(`href="./_next/static/chunks/a.css"`);
    expect(out).toContain(`src="./_next/static/chunks/b.js"`);
    expect(out).toContain(`[\\"./_next/static/chunks/c.js\\"]`);
    expect(out).not.toContain(P);
  });

  it("points the root files at the package root and leaves prose alone", () => {
    expect(out).toContain(`href="./icon.svg?icon.1.svg"`);
    expect(out).toContain(`href="./manifest.webmanifest"`);
    expect(out).toContain(`\\"href\\":\\"./apple-touch-icon.png?x\\"`);
    expect(out).toContain(`<code>/Users</code> and "/icon.svg is a file"`);
  });

  it("leaves no URL that leaves the package", () => {
    expect(urlsLeavingPackage(out)).toEqual([]);
  });
});

describe("relativizeAssets", () => {
  it("rewrites the Turbopack runtime's chunk base path", () => {
    const runtime = `E="string"==typeof TURBOPACK_CHUNK_BASE_PATH?TURBOPACK_CHUNK_BASE_PATH:"${P}/_next/"`;
    expect(relativizeAssets(runtime)).toBe(`E="string"==typeof TURBOPACK_CHUNK_BASE_PATH?TURBOPACK_CHUNK_BASE_PATH:"./_next/"`);
  });
});

describe("urlsLeavingPackage", () => {
  it("finds root-relative and protocol-relative URLs, CSS urls and a leftover placeholder", () => {
    const html = `<a href="/">Home</a><img src="//cdn.example/x.png"><div style="background:url('/bg.png')"></div>${P}<a href="https://example.com/">ok</a><a href="#top">ok</a>`;
    expect(urlsLeavingPackage(html)).toEqual(['href="/"', 'src="//cdn.example/x.png"', "url(/bg.png)", P]);
  });
});

describe("relativizeWebManifest", () => {
  it("makes start_url, scope and icons relative", () => {
    const json = JSON.stringify({ name: "T", start_url: "/", scope: "/", icons: [{ src: "/icon.svg", sizes: "any" }] });
    expect(JSON.parse(relativizeWebManifest(json))).toEqual({ name: "T", start_url: "./index.html", scope: "./", icons: [{ src: "icon.svg", sizes: "any" }] });
  });
});
