import Link from "next/link";
import type { ReactNode } from "react";
import { site } from "@/lib/site";

const brandClass = "flex min-h-6 items-center gap-2 font-bold tracking-tight text-ink no-underline";

/**
 * The brand links to the index, except in a SCORM package, which holds only the lesson.
 * The header's links to the index are not prefetched: Next would fetch and decode the index's
 * payload as the page starts, work a phone does while the learner waits to use the lesson. A tap
 * loads it then.
 */
function Brand({ children }: { children: ReactNode }) {
  return site.packaged ? <span className={brandClass}>{children}</span> : <Link href="/" prefetch={false} className={brandClass}>{children}</Link>;
}

/** The sticky site header: brand, an optional progress slot (the lesson's XP meter), All lessons. */
export function SiteHeader({ progress }: { progress?: ReactNode }) {
  return (
    <header data-site-header className="sticky top-0 z-40 border-b border-line-soft bg-surface/90 backdrop-blur supports-[backdrop-filter]:bg-surface/80">
      <div className="mx-auto flex h-14 max-w-5xl items-center gap-3 px-4">
        <Brand>
          <svg aria-hidden="true" viewBox="0 0 64 64" className="size-7 shrink-0">
            <rect width="64" height="64" rx="14" fill="var(--color-accent)" />
            <path d="M18 20h28v7H35.5v21h-7V27H18z" fill="var(--color-on-accent)" />
          </svg>
          <span>{site.name}</span>
        </Brand>
        <div className="ml-auto flex items-center gap-2 sm:gap-3">
          {progress}
          {!site.packaged && <Link href="/" prefetch={false} className="inline-flex min-h-9 items-center rounded-md px-2 text-sm font-medium whitespace-nowrap sm:px-2.5 text-accent underline-offset-4 hover:underline">
            All lessons
          </Link>}
        </div>
      </div>
    </header>
  );
}
