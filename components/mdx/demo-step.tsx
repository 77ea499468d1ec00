import type { ReactNode } from "react";

const CIRCLED = ["①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"];

export interface DemoStepProps {
  title: string;
  packet: "to-target" | "to-source" | "none";
  wire?: string;
  /** Injected by the content pipeline: 0-based position in the demo. */
  index?: string;
  children?: ReactNode;
}

/** One demo step: its title, caption and the request or response line on the wire. */
export function DemoStep({ title, wire, index = "0", children }: DemoStepProps) {
  return (
    <li className="!my-3 list-none rounded-lg bg-surface-2 px-4 py-3">
      <p className="!my-0 font-bold">
        <span aria-hidden="true" className="text-accent">{CIRCLED[Number(index)]} </span>
        {title}
      </p>
      <div className="[&>p]:my-1">{children}</div>
      {wire && <code className="mt-1 inline-block">{wire}</code>}
    </li>
  );
}
