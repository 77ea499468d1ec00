import { ImageResponse } from "next/og";
import { loadLesson, loadLessons } from "@/lib/content/load";
import { site } from "@/lib/site";

/** Rendered once per lesson at build time into out/, like the page itself. */
export const dynamic = "force-static";
export const alt = `A ${site.name} lesson card with the lesson's title`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export async function generateStaticParams() {
  return (await loadLessons()).map((lesson) => ({ slug: lesson.slug }));
}

/**
 * The social card: the lesson's title and track on the brand colours. It uses next/og's bundled
 * font and no emoji, because both custom fonts and emoji would be fetched over the network.
 */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const lesson = await loadLesson((await params).slug);
  const title = lesson?.frontmatter.title ?? site.name;
  const track = lesson?.frontmatter.track.join(" · ") ?? site.tagline;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#f7f8fb", color: "#111827" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 20, fontSize: 34, fontWeight: 700 }}>
          <div style={{ width: 64, height: 64, borderRadius: 14, background: "#3647d4", color: "#ffffff", display: "flex", alignItems: "center", justifyContent: "center", fontSize: 40 }}>T</div>
          {site.name}
        </div>
        <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
          <div style={{ fontSize: 28, color: "#4b5563" }}>{track}</div>
          <div style={{ fontSize: 64, fontWeight: 800, lineHeight: 1.15 }}>{title}</div>
        </div>
        <div style={{ height: 12, width: 240, background: "#3647d4", borderRadius: 6 }} />
      </div>
    ),
    size,
  );
}
