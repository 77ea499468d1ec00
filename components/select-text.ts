/** Selects the text of an element, so the learner can copy it themselves where the Clipboard API fails. */
export function selectText(element: HTMLElement) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
