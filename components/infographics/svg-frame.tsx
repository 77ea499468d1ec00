import { useId, type CSSProperties, type ReactNode } from "react";

/** Props every infographic accepts. */
export type FigureProps = {
  /** Accessible name of the image (rendered as the svg's <title>). */
  title: string;
};

/**
 * Theme tokens only, so every figure follows light/dark mode. Colours go in
 * `style` rather than presentation attributes because var() in attributes is
 * not reliable in every browser.
 */
export const tone = {
  surface: "var(--color-surface)",
  surface2: "var(--color-surface-2)",
  ink: "var(--color-ink)",
  muted: "var(--color-muted)",
  line: "var(--color-line)",
  accent: "var(--color-accent)",
  accentSoft: "var(--color-accent-soft)",
  onAccent: "var(--color-on-accent)",
  success: "var(--color-success)",
  caution: "var(--color-caution)",
  danger: "var(--color-danger)",
} as const;

/** Start offset for the one-off entrance animation (see infographics.css). */
export function delay(ms: number): CSSProperties {
  return { "--ig-delay": `${ms}ms` } as CSSProperties;
}

type FrameProps = {
  title: string;
  desc: string;
  width: number;
  height: number;
  children: ReactNode;
};

/**
 * The accessible <svg> shell. Ids come from useId so two copies of a figure on
 * one page never point their aria references at each other's <title>.
 */
export function SvgFrame({ title, desc, width, height, children }: FrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${width} ${height}`}
      // Capped width: the viewBox is sized for phones, so unbounded scaling would blow text up on desktops.
      className="ig-svg mx-auto block h-auto w-full max-w-xl"
      style={{ fontFamily: "inherit" }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{desc}</desc>
      {children}
    </svg>
  );
}
