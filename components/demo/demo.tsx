import { CirclePlay, Pause, Play, RotateCcw, SkipForward, Zap, type LucideIcon } from "lucide-react";
import { ICON, LEAD_ICON } from "@/components/icons/icon-class";
import type { DemoIcons } from "./types";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { Children, isValidElement, type ReactNode } from "react";
import { DemoPlayer, type DemoFailureData, type DemoStepData } from "./demo-player";
import { DemoFailure, type DemoFailureProps } from "./demo-failure";
import { DemoStep, type DemoStepProps } from "./demo-step";

export type DemoProps = AttributesOf<"Demo"> & { children?: ReactNode };

/**
 * With JavaScript off every step is still listed with its caption and wire line, and the failure
 * is shown in full (wire lines the author keeps for higher reading levels included, as every level's
 * passages are); the controls and the status line are hidden because they cannot work.
 * React hoists the <style> into <head>, the only place HTML allows it, and writes it once per page.
 */
const NO_SCRIPT_CSS = `
[data-demo-player] [data-demo-js], [data-demo-player] [data-demo-teaser] { display: none !important; }
[data-demo-player] [data-demo-failure] { display: block !important; }
[data-demo-player] [data-demo-failure-result] { visibility: visible !important; }
[data-demo-player] [data-step-story="failure"] { display: none !important; }
`;

const icon = (Glyph: LucideIcon) => <Glyph aria-hidden="true" className={ICON} />;
const ICONS: DemoIcons = { PLAY: icon(Play), PAUSE: icon(Pause), STEP: icon(SkipForward), RESET: icon(RotateCcw), BREAK: icon(Zap) };

/** Splits the authored children into the intro, the steps and the failure: the player gets them as data. */
function readChildren(children: ReactNode) {
  const intro: ReactNode[] = [];
  const steps: DemoStepData[] = [];
  let failure: DemoFailureData | null = null;
  for (const child of Children.toArray(children)) {
    if (isValidElement<DemoStepProps>(child) && child.type === DemoStep) {
      const { title, packet, wire, children: caption } = child.props;
      steps.push({ title, packet, wire, caption });
    } else if (isValidElement<DemoFailureProps>(child) && child.type === DemoFailure) {
      const { step, title, wire, event, log, fix, children: explanation } = child.props;
      failure = { step: Number(step), title, wire, event, log, fix, explanation };
    } else {
      intro.push(child);
    }
  }
  return { intro, steps, failure };
}

/** A step-by-step demo between two systems: the intro, then the live player. */
export function Demo({ id, title, source, target, sourceRole, targetRole, wireFrom, children }: DemoProps) {
  const { intro, steps, failure } = readChildren(children);
  return (
    <section id={id} aria-labelledby={`${id}-title`} data-demo className="my-10 rounded-xl border-2 border-accent/50 bg-surface p-4 sm:p-5">
      <style href="demo-no-script" precedence="default">{`@media (scripting: none) {${NO_SCRIPT_CSS}}`}</style>
      <h3 id={`${id}-title`} className="!mt-0 text-lg font-bold">
        <CirclePlay aria-hidden="true" className={LEAD_ICON} />
        {title}
      </h3>
      <div className="text-[0.95rem] [&>p]:my-2">{intro}</div>
      <DemoPlayer source={source} target={target} sourceRole={sourceRole} targetRole={targetRole} wireFrom={wireFrom} steps={steps} failure={failure} icons={ICONS} />
    </section>
  );
}
