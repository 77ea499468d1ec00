import { useLayoutEffect, useRef, type RefObject } from "react";

/**
 * Reports, once, what the reader checked in the page's radios and checkboxes before React
 * hydrated them. React keeps such a change on screen but tells no handler about it (it tracks a
 * control from the state it finds), so an answer picked while the scripts were loading would look
 * chosen and count for nothing. As the component mounts, the boxes inside `ref` are compared with
 * what it renders (`shown`, by value); where they differ, `found` gets the values checked now.
 */
export function useCheckedBeforeHydration(ref: RefObject<HTMLElement | null>, shown: (value: string) => boolean, found: (values: string[]) => void): void {
  // The mount's callbacks: what the component rendered as the page hydrated.
  const atMount = useRef({ shown, found });
  useLayoutEffect(() => {
    const boxes = [...(ref.current?.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]') ?? [])];
    const { shown, found } = atMount.current;
    if (boxes.some((box) => box.checked !== shown(box.value))) found(boxes.filter((box) => box.checked).map((box) => box.value));
  }, [ref]);
}
