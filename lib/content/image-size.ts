/**
 * The intrinsic size of an image in public/, read at build time so that a <Figure> reserves its
 * space before the file loads (no layout shift). PNG, GIF, JPEG and SVG (its width and height, or
 * its viewBox); null for anything else or a file that cannot be read (the image check reports that).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export interface Size {
  width: number;
  height: number;
}

export function imageSize(src: string): Size | null {
  if (!src.startsWith("/") || src.startsWith("//")) return null;
  let data: Buffer;
  try {
    data = readFileSync(path.join(process.cwd(), "public", decodeURI(src.split(/[?#]/)[0] ?? "")));
  } catch {
    return null;
  }
  return sizeOf(data);
}

export function sizeOf(data: Buffer): Size | null {
  const ok = (width: number, height: number) => (width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : null);
  if (data.length >= 24 && data.readUInt32BE(0) === 0x89504e47) return ok(data.readUInt32BE(16), data.readUInt32BE(20));
  if (data.length >= 10 && data.toString("ascii", 0, 3) === "GIF") return ok(data.readUInt16LE(6), data.readUInt16LE(8));
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) {
    let i = 2;
    while (i + 9 < data.length) {
      if (data[i] !== 0xff) return null;
      const marker = data[i + 1]!;
      const length = data.readUInt16BE(i + 2);
      // SOF0–SOF15 carry the size, except DHT (C4), JPG (C8) and DAC (CC).
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return ok(data.readUInt16BE(i + 7), data.readUInt16BE(i + 5));
      i += 2 + length;
    }
    return null;
  }
  const text = data.toString("utf8", 0, Math.min(data.length, 4096));
  const svg = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!svg) return null;
  const attr = (name: string) => new RegExp(`\\s${name}=["']\\s*([\\d.]+)(px)?\\s*["']`).exec(svg)?.[1];
  const width = attr("width");
  const height = attr("height");
  if (width && height) return ok(Number(width), Number(height));
  const box = /\sviewBox=["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*["']/.exec(svg);
  return box ? ok(Number(box[1]), Number(box[2])) : null;
}
