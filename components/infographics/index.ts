import type { ReactElement } from "react";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { DirectionsFigure } from "./directions";
import { LifecycleFigure } from "./lifecycle";
import { OinHubFigure } from "./oin-hub";
import { ScimLoopFigure } from "./scim-loop";
import type { FigureProps } from "./svg-frame";

/** Lookup for content that names a figure by key, e.g. `<Infographic name="scim-loop" />` in MDX. */
export const infographics: Record<AttributesOf<"Infographic">["name"], (props: FigureProps) => ReactElement> = {
  "scim-loop": ScimLoopFigure,
  "oin-hub": OinHubFigure,
  directions: DirectionsFigure,
  lifecycle: LifecycleFigure,
};
