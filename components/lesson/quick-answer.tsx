export function QuickAnswer({ text }: { text: string }) {
  return (
    <section id="quick-answer" aria-labelledby="quick-answer-title" className="rounded-xl border border-accent/40 bg-accent-soft/60 p-5">
      <h2 id="quick-answer-title" className="text-base font-bold">
        <span aria-hidden="true">⚡ </span>Quick Answer
      </h2>
      <p className="mt-1.5">{text}</p>
    </section>
  );
}
