/** Wire text for the lab's views: header lines and a pretty-printed body. */
export function headerLines(headers: Record<string, string>): string {
  return Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join("\n");
}

export function prettyBody(body: unknown): string {
  return body === undefined ? "" : JSON.stringify(body, null, 2);
}
