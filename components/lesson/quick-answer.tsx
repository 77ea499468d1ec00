import { Zap } from "lucide-react";
import { LEAD_ICON } from "@/components/icons/icon-class";
export function QuickAnswer({ text }: { text: string }) {
  return (
    <section id="quick-answer" aria-labelledby="quick-answer-title" className="rounded-xl border border-accent/40 bg-accent-soft/60 p-5">
      <h2 id="quick-answer-title" className="text-base font-bold">
        <Zap aria-hidden="true" className={LEAD_ICON} />Quick Answer
      </h2>
      <p className="mt-1.5">{text}</p>
    </section>
  );
}
