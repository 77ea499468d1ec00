import { RotateCcw, RotateCw } from "lucide-react";
import { ICON } from "@/components/icons/icon-class";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { Children, isValidElement, type ReactNode } from "react";
import { slug } from "github-slugger";
import { FlipCardToggle } from "./flip-card-toggle";
import { FLIP_CARD_ICON } from "./flip-card-icons";

const TURN_ICONS = {
  front: <RotateCw aria-hidden="true" className={ICON} />,
  back: <RotateCcw aria-hidden="true" className={ICON} />,
};

export type FlipCardProps = AttributesOf<"FlipCard"> & {
  /** Injected by the content pipeline: 0-based position in its FlipCards. */
  index?: string;
  /** Injected by the content pipeline: how many cards the row has. */
  total?: string;
  children?: ReactNode;
}

/**
 * The back face lives inside a <button>, which may hold phrasing content only, so the MDX
 * paragraphs become block-level spans (same look, valid HTML, one accessible name).
 */
function asPhrasing(children: ReactNode): ReactNode {
  return Children.map(children, (child) =>
    isValidElement<{ children?: ReactNode }>(child) && child.type === "p" ? (
      <span className="block [&+&]:mt-2">{child.props.children}</span>
    ) : (
      child
    ),
  );
}

/** One flip card: the front shows the icon and the term, the back its definition. */
export function FlipCard({ icon, title, index = "0", total = "1", children }: FlipCardProps) {
  const Glyph = FLIP_CARD_ICON[icon];
  const glyph = <Glyph aria-hidden="true" className="size-6 shrink-0 text-accent" />;
  return (
    <li className="!my-0 flex">
      <FlipCardToggle id={slug(title)} icon={glyph} title={title} number={Number(index) + 1} total={Number(total)} turnIcons={TURN_ICONS}>
        {asPhrasing(children)}
      </FlipCardToggle>
      {/* Without JavaScript nothing can flip: a plain card with both sides, and no button. */}
      <div data-flip-card-plain className="no-js-only w-full rounded-xl border border-line-soft bg-surface p-4">
        <p className="flex items-center gap-2 text-lg font-bold">
          {glyph}
          {title}
        </p>
        <div className="mt-2 text-[0.95rem] leading-relaxed [&>p]:my-1">{children}</div>
      </div>
    </li>
  );
}
