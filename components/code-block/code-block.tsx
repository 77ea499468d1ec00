import type { ComponentProps } from "react";
import { CopyCode } from "./copy-code";

/**
 * A fenced code block: it keeps its lines and tokens whole and scrolls sideways on a narrow
 * screen (focusable, so a keyboard can scroll it), with a Copy button above it.
 */
export function CodeBlock(props: ComponentProps<"pre">) {
  return (
    <div data-code-block className="code-block my-[0.9em]">
      <div className="js-only flex justify-end">
        <CopyCode />
      </div>
      <pre {...props} tabIndex={0} />
    </div>
  );
}
