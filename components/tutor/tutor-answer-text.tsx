/** A curated tutor answer: plain text where `backticks` mark code. */
export function TutorAnswerText({ text }: { text: string }) {
  return (
    <>
      {text.split(/(`[^`]+`)/).map((part, i) =>
        part.startsWith("`") && part.endsWith("`") && part.length > 2 ? (
          <code key={i} className="rounded border border-line-soft bg-surface-2 px-1 font-mono text-[0.88em] [overflow-wrap:anywhere]">
            {part.slice(1, -1)}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
