/**
 * Next writes metadata images (opengraph-image) to out/ without a file extension, so a static host
 * cannot guess their type; the header files name it, sniffed from the file's first bytes.
 */
const SIGNATURES: [string, number[]][] = [
  ["image/png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ["image/jpeg", [0xff, 0xd8, 0xff]],
  ["image/gif", [0x47, 0x49, 0x46, 0x38]],
];

export function sniffImageType(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}

/** A file in out/ whose name has no extension, e.g. `lessons/x/opengraph-image`. */
export function lacksExtension(file: string): boolean {
  const name = file.split("/").at(-1) ?? "";
  return !name.includes(".");
}
