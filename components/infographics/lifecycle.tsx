import { Arrow, StepNumber } from "./shapes";
import { SvgFrame, delay, tone, type FigureProps } from "./svg-frame";

const DESC =
  "A timeline from hire to departure in four steps: the new hire is assigned to the app in Okta; Okta creates the " +
  "account in the app with a SCIM POST; profile and group changes are then synced as updates; when the person leaves, " +
  "by default Okta deactivates the account by setting active=false, keeping it rather than deleting it.";

const W = 480;
const AXIS_X = 40;
const MARK_R = 18;
const CARD_X = 76;
const CARD_H = 68;
const FIRST_Y = 44;
const STEP = 96;
const STAGGER = 420;

// Runs top to bottom rather than left to right so the labels stay large on a phone.
const steps = [
  { title: "Hire / Assign", sub: "user added to app", color: tone.accent },
  { title: "Create", sub: "SCIM POST account", color: tone.success },
  { title: "Update", sub: "profile / group sync", color: tone.accent },
  { title: "Deactivate", sub: "active=false on leave", color: tone.danger },
];

const LAST_Y = FIRST_Y + STEP * (steps.length - 1);
const NOTE_Y = LAST_Y + CARD_H / 2 + 30;
const H = NOTE_Y + 14;

/** Figure 4: one employee's accounts from hire to leave. */
export function LifecycleFigure({ title }: FigureProps) {
  return (
    <SvgFrame title={title} desc={DESC} width={W} height={H}>
      {steps.slice(1).map((s, i) => {
        const y = FIRST_Y + STEP * i;
        return (
          <Arrow
            key={s.title}
            from={[AXIS_X, y + MARK_R + 5]}
            to={[AXIS_X, y + STEP - MARK_R - 5]}
            color={tone.muted}
            at={i * STAGGER + 260}
          />
        );
      })}
      {steps.map((s, i) => {
        const cy = FIRST_Y + STEP * i;
        return (
          <g key={s.title} className="ig-pop" style={delay(i * STAGGER)}>
            <rect
              x={CARD_X}
              y={cy - CARD_H / 2}
              width={W - CARD_X - 6}
              height={CARD_H}
              rx={12}
              style={{ fill: tone.surface, stroke: s.color, strokeWidth: 2 }}
            />
            <text x={CARD_X + 20} y={cy - 6} fontSize={19} fontWeight={700} style={{ fill: tone.ink }}>
              {s.title}
            </text>
            <text x={CARD_X + 20} y={cy + 19} fontSize={16} style={{ fill: tone.muted }}>
              {s.sub}
            </text>
            <StepNumber n={i + 1} cx={AXIS_X} cy={cy} color={s.color} r={MARK_R} />
          </g>
        );
      })}
      <text
        x={CARD_X + 20}
        y={NOTE_Y}
        fontSize={15}
        fontStyle="italic"
        className="ig-fade"
        style={{ fill: tone.muted, ...delay(steps.length * STAGGER) }}
      >
        By default: deactivated and kept, not deleted
      </text>
    </SvgFrame>
  );
}
