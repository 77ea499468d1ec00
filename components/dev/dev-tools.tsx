/**
 * Development-only helpers for the root layout. In `next build` NODE_ENV is "production", so the
 * early return is constant and the bundler drops the import: no dev code reaches the static site.
 */
export async function DevTools() {
  const url = process.env.CONTENT_RELOAD_URL;
  if (process.env.NODE_ENV !== "development" || !url) return null;
  const { ContentReload } = await import("./content-reload");
  return <ContentReload url={url} />;
}
