import type { ReactNode } from "react";

export interface DemoFailureProps {
  step: string;
  title: string;
  wire: string;
  event: string;
  fix: string;
  children?: ReactNode;
}

/** What "Break it" shows: where it fails, the status, the System Log event and the fix. */
export function DemoFailure({ step, title, wire, event, fix, children }: DemoFailureProps) {
  return (
    <li className="!my-3 list-none rounded-lg border-2 border-danger bg-danger-soft px-4 py-3">
      <p className="!my-0 font-bold">
        <span aria-hidden="true">💥 </span>Break it at step {step}: {title}
      </p>
      <p className="!my-1">
        The app answers <code>{wire}</code>. System Log: <code>{event}</code>.
      </p>
      <div className="[&>p]:my-1">{children}</div>
      <p className="!my-1">
        <strong>Fix:</strong> {fix}
      </p>
    </li>
  );
}
