import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { DevTools } from "@/components/dev/dev-tools";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(site.url + site.basePath + "/"),
  title: { default: `${site.name} — ${site.tagline}`, template: `%s · ${site.name}` },
  description: "Short, interactive lessons for identity and access engineers, with quizzes that track your progress on this device.",
  // Static files live in public/; the browser-tab icon stays app/icon.svg, Next's file convention.
  // Setting `icons` here replaces the convention's <link>, so the tab icon is named too: without
  // it, browsers ask for /favicon.ico, which does not exist.
  icons: { icon: { url: `${site.basePath}/icon.svg`, type: "image/svg+xml" }, apple: `${site.basePath}/apple-touch-icon.png` },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f8fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0f131b" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The lesson page sets data-level on <html> before hydration (the saved reading level).
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:text-ink focus:shadow-lg"
        >
          Skip to content
        </a>
        {children}
        <DevTools />
      </body>
    </html>
  );
}
