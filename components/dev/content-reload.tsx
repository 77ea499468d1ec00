"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Development only (see scripts/dev.ts): shows a lesson edit as soon as the file is saved. A
 * refresh re-renders the server components with the new MDX and keeps scroll position and client
 * state. When the previous save broke the page (app/error.tsx is showing), a refresh would keep
 * the error boundary, so the page reloads instead.
 */
export function ContentReload({ url }: { url: string }) {
  const router = useRouter();
  useEffect(() => {
    const source = new EventSource(url);
    source.onmessage = () => {
      if (document.querySelector("[data-page-error]")) window.location.reload();
      else router.refresh();
    };
    return () => source.close();
  }, [router, url]);
  return null;
}
