import { delay, tone } from "./svg-frame";

type Point = readonly [number, number];

type ArrowProps = {
  from: Point;
  /** Tip of the arrowhead. */
  to: Point;
  /** Control point; makes the shaft a quadratic curve. */
  via?: Point;
  /** Defaults to muted: the line token is too faint for a meaningful arrow (WCAG 1.4.11 wants 3:1). */
  color?: string;
  /** Animation start in ms; the head appears as the shaft finishes drawing. */
  at?: number;
};

const HEAD_LENGTH = 12;
const HEAD_HALF_WIDTH = 7;
const DRAW_MS = 520;

const fmt = (n: number) => Math.round(n * 10) / 10;
const pt = ([x, y]: Point) => `${fmt(x)},${fmt(y)}`;

/**
 * Arrow drawn as a shaft plus a separate head instead of an SVG <marker>, so
 * the head can wait until the shaft has drawn in and so it takes the token
 * colour in every browser (markers can't inherit the stroke colour reliably).
 */
export function Arrow({ from, to, via, color = tone.muted, at = 0 }: ArrowProps) {
  const [tx, ty] = to;
  const [sx, sy] = via ?? from;
  const length = Math.hypot(tx - sx, ty - sy) || 1;
  const ux = (tx - sx) / length;
  const uy = (ty - sy) / length;
  // The shaft stops at the head's base so its width never pokes past the tip.
  const base: Point = [tx - ux * HEAD_LENGTH, ty - uy * HEAD_LENGTH];
  const d = via ? `M${pt(from)} Q${pt(via)} ${pt(base)}` : `M${pt(from)} L${pt(base)}`;
  const left: Point = [base[0] - uy * HEAD_HALF_WIDTH, base[1] + ux * HEAD_HALF_WIDTH];
  const right: Point = [base[0] + uy * HEAD_HALF_WIDTH, base[1] - ux * HEAD_HALF_WIDTH];
  return (
    <g>
      <path
        className="ig-draw"
        pathLength={1}
        d={d}
        style={{ fill: "none", stroke: color, strokeWidth: 2.5, ...delay(at) }}
      />
      <polygon
        className="ig-fade"
        points={`${pt(to)} ${pt(left)} ${pt(right)}`}
        style={{ fill: color, ...delay(at + DRAW_MS * 0.85) }}
      />
    </g>
  );
}

/** Numbered step marker; text uses on-accent, which contrasts with every tone colour in both themes. */
export function StepNumber({ n, cx, cy, color, r = 14 }: { n: number; cx: number; cy: number; color: string; r?: number }) {
  return (
    <g>
      <circle cx={cx} cy={cy} r={r} style={{ fill: color, stroke: tone.surface, strokeWidth: 3 }} />
      <text
        x={cx}
        y={cy}
        textAnchor="middle"
        dominantBaseline="central"
        fontSize={15}
        fontWeight={700}
        style={{ fill: tone.onAccent }}
      >
        {n}
      </text>
    </g>
  );
}
