import { startLevel, type Level } from "@/lib/content/levels";
import { storageKey } from "@/lib/progress/store";

/**
 * Sets the reading level on <html> before the page's content is parsed (the lesson page renders it
 * first), so a reader never sees another level flash on reload and the browser never lays the page
 * out for a level it then changes: the saved level when the lesson offers it, else the level the
 * lesson starts at (the same rule as the progress store). A static string built at build time; any
 * failure (no storage, bad JSON) leaves the start level.
 */
export function LevelScript({ slug, levels }: { slug: string; levels: readonly Level[] }) {
  const key = JSON.stringify(storageKey(slug));
  const offered = JSON.stringify(levels);
  const start = JSON.stringify(startLevel(levels));
  const code = `(function(){var d=document.documentElement,o=${offered},l=${start};try{var s=JSON.parse(localStorage.getItem(${key})||"null"),v=s&&s.state&&s.state.level;if(o.indexOf(v)>=0)l=v}catch(e){}d.dataset.level=l})()`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
