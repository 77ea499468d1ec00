import { Arrow } from "./shapes";
import { SvgFrame, delay, tone, type FigureProps } from "./svg-frame";

const DESC =
  "A hub-and-spoke diagram: Okta, the identity provider and its provisioning engine, sits in the centre with arrows " +
  "pointing out to six connected apps — Salesforce, Google Workspace, Box, Slack, ServiceNow and Zoom — " +
  "showing that one Okta configuration provisions accounts into many apps.";

const W = 480;
const H = 508;
const HUB = { x: W / 2, y: H / 2, r: 80 };
const APP_W = 184;
const APP_H = 50;
const GAP = 6;

// Clockwise from the top, on a hexagon around the hub.
const SIDE_X = 8 + APP_W / 2;
const apps = [
  { name: "Salesforce", x: W / 2, y: 8 + APP_H / 2 },
  { name: "Google Workspace", x: W - SIDE_X, y: 132 },
  { name: "Box", x: W - SIDE_X, y: H - 132 },
  { name: "Slack", x: W / 2, y: H - 8 - APP_H / 2 },
  { name: "ServiceNow", x: SIDE_X, y: H - 132 },
  { name: "Zoom", x: SIDE_X, y: 132 },
];

/** Spoke from the hub's rim to where the ray to the app's centre meets the app's box. */
function spoke(app: { x: number; y: number }) {
  const dx = app.x - HUB.x;
  const dy = app.y - HUB.y;
  const len = Math.hypot(dx, dy);
  const enter = Math.max(Math.abs(dx) / (APP_W / 2 + GAP), Math.abs(dy) / (APP_H / 2 + GAP));
  return {
    from: [HUB.x + (dx / len) * (HUB.r + GAP), HUB.y + (dy / len) * (HUB.r + GAP)] as const,
    to: [app.x - dx / enter, app.y - dy / enter] as const,
  };
}

/** Figure 2: one Okta org provisioning into many catalogue (OIN) apps. */
export function OinHubFigure({ title }: FigureProps) {
  return (
    <SvgFrame title={title} desc={DESC} width={W} height={H}>
      {apps.map((app, i) => (
        <Arrow key={app.name} {...spoke(app)} color={tone.accent} at={300 + i * 140} />
      ))}
      <g className="ig-pop" style={delay(0)}>
        <circle cx={HUB.x} cy={HUB.y} r={HUB.r} style={{ fill: tone.accentSoft, stroke: tone.accent, strokeWidth: 3 }} />
        <text x={HUB.x} y={HUB.y - 10} textAnchor="middle" fontSize={21} fontWeight={700} style={{ fill: tone.ink }}>
          Okta IdP
        </text>
        <text x={HUB.x} y={HUB.y + 14} textAnchor="middle" fontSize={15} style={{ fill: tone.ink }}>
          provisioning
        </text>
        <text x={HUB.x} y={HUB.y + 33} textAnchor="middle" fontSize={15} style={{ fill: tone.ink }}>
          engine
        </text>
      </g>
      {apps.map((app, i) => (
        <g key={app.name} className="ig-pop" style={delay(500 + i * 140)}>
          <rect
            x={app.x - APP_W / 2}
            y={app.y - APP_H / 2}
            width={APP_W}
            height={APP_H}
            rx={APP_H / 2}
            style={{ fill: tone.surface2, stroke: tone.line, strokeWidth: 1.5 }}
          />
          <text
            x={app.x}
            y={app.y}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={16}
            fontWeight={600}
            style={{ fill: tone.ink }}
          >
            {app.name}
          </text>
        </g>
      ))}
    </SvgFrame>
  );
}
