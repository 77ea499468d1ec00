/**
 * Makes a static export's lesson page work from any folder an LMS serves it from. The package
 * build gives Next an asset prefix that is a placeholder; Next then writes it in front of every
 * asset URL, in the HTML, in the inline RSC payload and in the Turbopack runtime's chunk base path.
 * The export puts the lesson page at the package root, beside `_next/`, and turns the placeholder
 * into `./`, so each URL resolves against the page's own address. The runtime keys loaded chunks by
 * the `src` attribute it wrote, so the same relative string both loads and identifies a chunk.
 */

/** The asset prefix of the package build (next.config.ts reads it from here). */
export const PACKAGE_ASSET_PREFIX = "/__scorm_package__";

/** Files at the site's root that the lesson page links to (icons, the web app manifest). */
export const ROOT_FILES = ["icon.svg", "apple-touch-icon.png", "manifest.webmanifest"] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Rewrites the placeholder prefix, in any text file of the build, to a path relative to the root. */
export function relativizeAssets(text: string): string {
  return text.split(`${PACKAGE_ASSET_PREFIX}/`).join("./");
}

/** The lesson page, for the package root: assets and root files as relative URLs. */
export function relativizePage(html: string): string {
  // A root file is referenced as an attribute value (href="/icon.svg?…") or inside the RSC payload's
  // escaped JSON (\"/icon.svg?…\"); only those quoted, whole-name occurrences are URLs.
  const rootFile = new RegExp(`((?:=|\\\\)")\\/(${ROOT_FILES.map(escape).join("|")})(?=[?"\\\\])`, "g");
  return relativizeAssets(html).replace(rootFile, "$1./$2");
}

/** The web app manifest, with its URLs relative to itself. */
export function relativizeWebManifest(json: string): string {
  const manifest = JSON.parse(json) as { start_url?: string; scope?: string; icons?: { src: string }[] };
  return JSON.stringify({
    ...manifest,
    start_url: "./index.html",
    scope: "./",
    icons: manifest.icons?.map((icon) => ({ ...icon, src: icon.src.replace(/^\//, "") })),
  });
}

/**
 * URLs in the page that would still leave the package: root-relative or protocol-relative
 * `src`/`href`/`srcset`/`poster`/`action` values, and any placeholder left over. Absolute
 * `https:` links (sources, canonical) are not requests the page makes by itself, so they may stay.
 */
export function urlsLeavingPackage(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/\s(src|href|srcset|poster|action|data)="(\/[^"]*)"/g)) found.add(`${m[1]}="${m[2]}"`);
  for (const m of html.matchAll(/url\((['"]?)(\/[^)'"]*)\1\)/g)) found.add(`url(${m[2]})`);
  if (html.includes(PACKAGE_ASSET_PREFIX)) found.add(PACKAGE_ASSET_PREFIX);
  return [...found];
}

/**
 * The page with every root-relative URL of a file the site serves from public/ (a lesson's images,
 * a handout it links to) turned into a path relative to the package root, and those files' paths.
 * A URL counts when it is a whole quoted value (an attribute, a string in the inline payload, a CSS
 * `url(…)`) and `isPublicFile` says the path is a file; anything else is left for the guard.
 */
export function packagePublicFiles(html: string, isPublicFile: (file: string) => boolean): { html: string; files: string[] } {
  const files = new Set<string>();
  const url = /(=["']|\\"|"|url\(["']?)\/(?!\/)([^"'\\()\s?#]+)(?=["'\\)?#])/g;
  const out = html.replace(url, (whole, before: string, file: string) => {
    let name: string;
    try {
      name = decodeURI(file);
    } catch {
      return whole;
    }
    if (name.split("/").some((part) => part === ".." || part === "." || part === "") || !isPublicFile(name)) return whole;
    files.add(name);
    return `${before}./${file}`;
  });
  return { html: out, files: [...files].sort() };
}
