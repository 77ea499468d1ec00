/** A request as a cURL command line, against the app's base URL, quoted for a POSIX shell. */
import { BASE_URL } from "./seed";
import type { ScimRequest } from "./types";

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function toCurl(request: ScimRequest): string {
  const url = new URL(request.path.trim() || "/", BASE_URL).toString();
  const parts = [`curl -X ${request.method.trim().toUpperCase()} ${quote(url)}`];
  for (const [name, value] of Object.entries(request.headers)) parts.push(`-H ${quote(`${name}: ${value}`)}`);
  if (request.body !== undefined) parts.push(`--data-raw ${quote(request.body)}`);
  return parts.join(" \\\n  ");
}
