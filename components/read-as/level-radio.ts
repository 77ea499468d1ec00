/**
 * The radios of "Read as" are named `<id>-read-as`; right after them in the page an inline script
 * checks the one of the level already on <html> (see LevelScript), so that until the page's scripts
 * have read saved progress the radios say what the page shows, not the level the lesson starts at.
 */

/** How the name of every "Read as" radio ends. */
export const READ_AS_NAME_SUFFIX = "-read-as";

/** The inline script: a static string; with no such radio it does nothing. */
export function levelRadioCode(): string {
  const radios = JSON.stringify(`input[name$="${READ_AS_NAME_SUFFIX}"]`);
  return `(function(){var l=document.documentElement.dataset.level,r=document.querySelectorAll(${radios});for(var i=0;i<r.length;i++)if(r[i].value===l)r[i].checked=true})()`;
}
