import { Arrow } from "./shapes";
import { SvgFrame, delay, tone, type FigureProps } from "./svg-frame";

const DESC =
  "Two panels compare the directions of provisioning. Outbound, set on the To App tab: Okta is the master and pushes " +
  "changes to the app when a user is assigned; its controls are Create, Update and Deactivate, and attributes map " +
  "from Okta to the app. Inbound, set on the To Okta tab: the HR system is the master and Okta imports from it on a " +
  "schedule or on demand; its settings are the import schedule, the rules that match imported users, and profile " +
  "sourcing, and attributes map from the app to Okta.";

const W = 480;
const PANEL_H = 206;
const PANEL_GAP = 16;
const H = 4 + PANEL_H * 2 + PANEL_GAP + 4;
const BOX_W = 126;
const BOX_H = 56;
const OKTA_X = 24;
const OTHER_X = W - 24 - BOX_W;

type Panel = {
  heading: string;
  tab: string;
  other: string;
  oktaIsMaster: boolean;
  flowAbove: string;
  flowBelow?: string;
  controls: string;
  map: string;
};

// Okta stays on the left in both panels so the flipped arrow is what shows the direction.
const panels: Panel[] = [
  {
    heading: "Outbound",
    tab: "To App tab",
    other: "App",
    oktaIsMaster: true,
    flowAbove: "pushes on assignment",
    controls: "Create · Update · Deactivate",
    map: "Okta → App",
  },
  {
    heading: "Inbound",
    // The Admin Console tab is "To Okta", although lessons often call it "From App".
    tab: "To Okta tab",
    other: "HR system",
    oktaIsMaster: false,
    flowAbove: "imports on schedule",
    flowBelow: "or on demand",
    // The import actions themselves are switched on in the integration's settings, not on To Okta.
    controls: "Schedule · Matching · Sourcing",
    map: "App → Okta",
  },
];

function MasterBadge({ cx, y }: { cx: number; y: number }) {
  return (
    <g>
      <rect x={cx - 38} y={y - 12} width={76} height={24} rx={12} style={{ fill: tone.accent }} />
      <text x={cx} y={y} textAnchor="middle" dominantBaseline="central" fontSize={14} fontWeight={700} style={{ fill: tone.onAccent }}>
        master
      </text>
    </g>
  );
}

function Box({ x, y, label, okta }: { x: number; y: number; label: string; okta: boolean }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={BOX_W}
        height={BOX_H}
        rx={10}
        style={{ fill: okta ? tone.accentSoft : tone.surface2, stroke: okta ? tone.accent : tone.line, strokeWidth: 2 }}
      />
      <text x={x + BOX_W / 2} y={y + BOX_H / 2} textAnchor="middle" dominantBaseline="central" fontSize={18} fontWeight={700} style={{ fill: tone.ink }}>
        {label}
      </text>
    </g>
  );
}

function Fact({ y, label, value }: { y: number; label: string; value: string }) {
  return (
    <text x={OKTA_X} y={y} fontSize={16}>
      <tspan fontWeight={600} style={{ fill: tone.muted }}>{label} </tspan>
      <tspan style={{ fill: tone.ink }}>{value}</tspan>
    </text>
  );
}

/** Figure 3: outbound (Okta is master) against inbound (HR system is master). */
export function DirectionsFigure({ title }: FigureProps) {
  return (
    <SvgFrame title={title} desc={DESC} width={W} height={H}>
      {panels.map((p, i) => {
        const top = 4 + i * (PANEL_H + PANEL_GAP);
        const boxY = top + 60;
        const cy = boxY + BOX_H / 2;
        const oktaEdge = OKTA_X + BOX_W + 8;
        const otherEdge = OTHER_X - 8;
        const start = i * 900;
        return (
          <g key={p.heading}>
            <g className="ig-pop" style={delay(start)}>
              <rect x={4} y={top} width={W - 8} height={PANEL_H} rx={16} style={{ fill: tone.surface, stroke: tone.line, strokeWidth: 1.5 }} />
              <text x={OKTA_X} y={top + 34} fontSize={20} fontWeight={700} style={{ fill: tone.ink }}>
                {p.heading}
                <tspan fontSize={16} fontWeight={400} style={{ fill: tone.muted }}>{"  ·  "}{p.tab}</tspan>
              </text>
              <Box x={OKTA_X} y={boxY} label="Okta" okta />
              <Box x={OTHER_X} y={boxY} label={p.other} okta={false} />
              <MasterBadge cx={(p.oktaIsMaster ? OKTA_X : OTHER_X) + BOX_W / 2} y={boxY} />
              <Fact y={top + 152} label="Controls:" value={p.controls} />
              <Fact y={top + 182} label="Attribute map:" value={p.map} />
            </g>
            <Arrow
              from={p.oktaIsMaster ? [oktaEdge, cy] : [otherEdge, cy]}
              to={p.oktaIsMaster ? [otherEdge, cy] : [oktaEdge, cy]}
              color={tone.accent}
              at={start + 350}
            />
            <g className="ig-fade" style={delay(start + 500)}>
              <text x={W / 2} y={cy - 12} textAnchor="middle" fontSize={14} style={{ fill: tone.muted }}>
                {p.flowAbove}
              </text>
              {p.flowBelow && (
                <text x={W / 2} y={cy + 26} textAnchor="middle" fontSize={14} style={{ fill: tone.muted }}>
                  {p.flowBelow}
                </text>
              )}
            </g>
          </g>
        );
      })}
    </SvgFrame>
  );
}
