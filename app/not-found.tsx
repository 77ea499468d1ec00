import Link from "next/link";
import { SiteHeader } from "@/components/site/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-[44rem] px-4 py-16">
        <p className="text-sm font-semibold text-muted">404</p>
        <h1 className="mt-1 text-3xl font-extrabold tracking-tight">This page isn&apos;t here</h1>
        <p className="mt-3 text-muted">The lesson may have moved or the link may be mistyped.</p>
        <p className="mt-6">
          <Link href="/" className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-on-accent">
            Back to all lessons
          </Link>
        </p>
      </main>
    </>
  );
}
