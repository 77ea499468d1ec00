import Link from "next/link";
import { site } from "@/lib/site";

/**
 * "All lessons › Okta › Identity & Access › SCIM Provisioning", as a labelled nav. Its link to the
 * index is not prefetched, like the header's (components/site/site-header.tsx).
 */
export function Breadcrumb({ trail }: { trail: string[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {/* A SCORM package holds only the lesson: no index to go back to. */}
        {!site.packaged && (
          <li>
            <Link href="/" prefetch={false} className="text-accent underline-offset-4 hover:underline">All lessons</Link>
          </li>
        )}
        {trail.map((crumb, i) => (
          <li key={crumb} className="flex items-center gap-1.5" aria-current={i === trail.length - 1 ? "page" : undefined}>
            {(i > 0 || !site.packaged) && <span aria-hidden="true">›</span>}
            <span>{crumb}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
