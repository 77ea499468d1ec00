"use client";

/**
 * Shown when rendering a page fails in the browser. It sits below the root layout, so the layout
 * (and, under `npm run dev`, the content reloader) stays mounted: the next lesson save reloads the
 * page and shows the fixed lesson. In development Next's overlay shows the content problems too.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" data-page-error className="mx-auto max-w-[44rem] px-4 py-16">
      <h1 className="text-3xl font-extrabold tracking-tight">This page could not be shown</h1>
      {process.env.NODE_ENV === "development" && (
        <pre className="mt-4 overflow-x-auto rounded-lg bg-surface-2 p-4 text-sm whitespace-pre-wrap">{error.message}</pre>
      )}
      <p className="mt-6">
        <button type="button" onClick={reset} className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 font-semibold text-on-accent">
          Try again
        </button>
      </p>
    </main>
  );
}
