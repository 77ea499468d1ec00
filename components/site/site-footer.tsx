import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-line-soft">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-muted">
        <p>
          {site.name} — {site.tagline}. Progress is saved in this browser only; nothing is sent anywhere.
        </p>
      </div>
    </footer>
  );
}
