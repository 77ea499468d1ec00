/** A page as Next writes it: markup, then the payload's stream split into push scripts anywhere, rows included. */
export function pageWithPayload(stream: string, { pieces = 3, before = "<main><p>Text</p></main>" } = {}): string {
  const size = Math.ceil(stream.length / pieces);
  const chunks = Array.from({ length: pieces }, (_, i) => stream.slice(i * size, (i + 1) * size)).filter(Boolean);
  const escape = (json: string) => json.replace(/[&><\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const pushes = chunks.map((c) => `<script>self.__next_f.push(${escape(JSON.stringify([1, c]))})</script>`).join("");
  return `<!DOCTYPE html><html><head></head><body>${before}<script>(self.__next_f=self.__next_f||[]).push([0])</script>${pushes}<script>self.after=1</script></body></html>`;
}
