import { storageKey } from "@/lib/progress/store";

/**
 * Sets the saved reading level on <html> before the lesson body is parsed, so a reader who chose
 * L1 or L3 never sees an L2 flash on reload. A static string built at build time; any failure
 * (no storage, bad JSON) leaves the L2 default.
 */
export function LevelScript({ slug }: { slug: string }) {
  const key = JSON.stringify(storageKey(slug));
  const code = `try{var s=JSON.parse(localStorage.getItem(${key})||"null"),l=s&&s.state&&s.state.level;if(l==="L1"||l==="L2"||l==="L3")document.documentElement.dataset.level=l}catch(e){}`;
  return <script dangerouslySetInnerHTML={{ __html: code }} />;
}
