import type { ReactNode } from "react";
import type { SectionInfo } from "@/lib/content/scan";
import type { AttributesOf } from "@/lib/content/vocabulary";
import { unwrapParagraphs } from "./unwrap-paragraphs";

/** One path card: a link to a section, showing its number, title and a one-line blurb. */
export function PathCard({ href, title, sections, children }: AttributesOf<"PathCard"> & { sections: SectionInfo[]; children?: ReactNode }) {
  const number = sections.find((s) => `#${s.id}` === href)?.number;
  return (
    <li className="flex">
      <a
        href={href}
        className="group flex w-full gap-3 rounded-xl border border-line-soft bg-surface p-4 text-ink no-underline shadow-sm transition-colors hover:border-accent"
      >
        <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent-soft font-bold text-accent">
          {/* A card may point at a part that is not a numbered section, such as the SCIM lab. */}
          {number ?? "▶"}
        </span>
        <span>
          <span className="block font-semibold group-hover:underline">{title}</span>
          <span className="block text-sm text-muted">{unwrapParagraphs(children)}</span>
        </span>
      </a>
    </li>
  );
}
