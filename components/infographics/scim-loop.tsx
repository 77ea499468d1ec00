import { Arrow, StepNumber } from "./shapes";
import { SvgFrame, delay, tone, type FigureProps } from "./svg-frame";

const DESC =
  "Four steps in a cycle: assigning a user to the app in Okta triggers a SCIM POST that creates the account in the app; " +
  "profile changes are then synced with a SCIM PATCH or PUT; when the user is unassigned or leaves, Okta deactivates " +
  "the account by setting active=false, and assigning the user again reactivates it.";

const W = 480;
const H = 412;
const BOX_W = 184;
const BOX_H = 68;
const GAP = 5; // air between a box edge and an arrow end
const STAGGER = 380;

// Box centres sit on a diamond so the arrows read clockwise.
const TOP = { x: W / 2, y: 20 + BOX_H / 2 };
const BOTTOM = { x: W / 2, y: H - 8 - BOX_H / 2 };
const LEFT = { x: 6 + BOX_W / 2, y: (TOP.y + BOTTOM.y) / 2 };
const RIGHT = { x: W - 6 - BOX_W / 2, y: LEFT.y };

const steps = [
  { ...TOP, title: "Assign user", sub: "trigger in Okta", color: tone.accent },
  { ...RIGHT, title: "SCIM POST", sub: "create account in app", color: tone.success },
  // Okta sends PATCH or a full PUT depending on how the integration was built.
  { ...BOTTOM, title: "SCIM PATCH / PUT", sub: "sync profile updates", color: tone.accent },
  { ...LEFT, title: "Deactivate", sub: "active=false on exit", color: tone.danger },
];

const hw = BOX_W / 2;
const hh = BOX_H / 2;
const arrows = [
  { from: [TOP.x + hw + GAP, TOP.y], via: [RIGHT.x, TOP.y], to: [RIGHT.x, RIGHT.y - hh - GAP] },
  { from: [RIGHT.x, RIGHT.y + hh + GAP], via: [RIGHT.x, BOTTOM.y], to: [BOTTOM.x + hw + GAP, BOTTOM.y] },
  { from: [BOTTOM.x - hw - GAP, BOTTOM.y], via: [LEFT.x, BOTTOM.y], to: [LEFT.x, LEFT.y + hh + GAP] },
  { from: [LEFT.x, LEFT.y - hh - GAP], via: [LEFT.x, TOP.y], to: [TOP.x - hw - GAP, TOP.y] },
] as const;

/** Figure 1: the SCIM calls Okta makes over one user's assignment, drawn as a cycle. */
export function ScimLoopFigure({ title }: FigureProps) {
  return (
    <SvgFrame title={title} desc={DESC} width={W} height={H}>
      <text
        x={W / 2}
        y={LEFT.y}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={16}
        fontWeight={700}
        className="ig-pop"
        style={{ fill: tone.accent, ...delay(0) }}
      >
        SCIM 2.0
      </text>
      {arrows.map((a, i) => (
        <Arrow key={i} {...a} color={tone.muted} at={i * STAGGER + 220} />
      ))}
      {steps.map((s, i) => (
        <g key={s.title} className="ig-pop" style={delay(i * STAGGER)}>
          <rect
            x={s.x - hw}
            y={s.y - hh}
            width={BOX_W}
            height={BOX_H}
            rx={12}
            style={{ fill: tone.surface, stroke: s.color, strokeWidth: 2.5 }}
          />
          <text x={s.x} y={s.y - 6} textAnchor="middle" fontSize={17} fontWeight={700} style={{ fill: tone.ink }}>
            {s.title}
          </text>
          <text x={s.x} y={s.y + 17} textAnchor="middle" fontSize={15} style={{ fill: tone.muted }}>
            {s.sub}
          </text>
          <StepNumber n={i + 1} cx={s.x - hw + 24} cy={s.y - hh} color={s.color} />
        </g>
      ))}
    </SvgFrame>
  );
}
