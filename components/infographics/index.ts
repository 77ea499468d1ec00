import type { ReactElement } from "react";
import { DirectionsFigure } from "./directions";
import { LifecycleFigure } from "./lifecycle";
import { OinHubFigure } from "./oin-hub";
import { ScimLoopFigure } from "./scim-loop";
import type { FigureProps } from "./svg-frame";

export type { FigureProps } from "./svg-frame";
export { InView } from "./in-view";
export { DirectionsFigure, LifecycleFigure, OinHubFigure, ScimLoopFigure };

export type InfographicName = "scim-loop" | "oin-hub" | "directions" | "lifecycle";

/** Lookup for content that names a figure by key, e.g. `<Infographic name="scim-loop" />` in MDX. */
export const infographics: Record<InfographicName, (props: FigureProps) => ReactElement> = {
  "scim-loop": ScimLoopFigure,
  "oin-hub": OinHubFigure,
  directions: DirectionsFigure,
  lifecycle: LifecycleFigure,
};
