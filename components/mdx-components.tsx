/**
 * The one MDX registry: every component an instructor may write (see lib/content/vocabulary.ts),
 * bound to the lesson being rendered so that frontmatter-driven blocks get their data.
 * One component per file under components/mdx/.
 */
import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import type { Lesson } from "@/lib/content/load";
import type { ComponentName } from "@/lib/content/vocabulary";
import { teachSummary } from "@/lib/summary";
import { lessonPath, site } from "@/lib/site";
import { Callout } from "./mdx/callout";
import { Cite } from "./mdx/cite";
import { ConsolePath } from "./mdx/console-path";
import { Demo } from "./mdx/demo";
import { DemoFailure } from "./mdx/demo-failure";
import { DemoStep } from "./mdx/demo-step";
import { Explanation } from "./mdx/explanation";
import { FlipCard } from "./mdx/flip-card";
import { FlipCards } from "./mdx/flip-cards";
import { Glossary } from "./mdx/glossary";
import { Infographic } from "./mdx/infographic";
import { Level } from "./mdx/level";
import { Option } from "./mdx/option";
import { OwnWords } from "./mdx/own-words";
import { PathCard } from "./mdx/path-card";
import { PathCards } from "./mdx/path-cards";
import { QuickCheck } from "./mdx/quick-check";
import { Scenario } from "./mdx/scenario";
import { ScenarioStep } from "./mdx/scenario-step";
import { Section } from "./mdx/section";
import { SoFar } from "./mdx/so-far";
import { Sources } from "./mdx/sources";
import { TeachFriend } from "./mdx/teach-friend";
import { Tutor } from "./mdx/tutor";
import { WarmUp } from "./mdx/warm-up";
import { WarmUpQuestion } from "./mdx/warm-up-question";
import { WhatsNext } from "./mdx/whats-next";
import { WrapUp } from "./mdx/wrap-up";

export function lessonComponents(lesson: Lesson): Record<ComponentName, MDXComponents[string]> {
  const { frontmatter: fm, sections } = lesson;
  const questionRefs = lesson.questions.map(({ id, number, kind, sectionId, correct }) => ({ id, number, kind, sectionId, correct }));
  const sectionRefs = sections.map(({ id, short }) => ({ id, short }));
  const sourceIds = fm.sources.map((s) => s.id);
  return {
    Section,
    PathCards,
    PathCard: (p: Omit<ComponentProps<typeof PathCard>, "sections">) => <PathCard {...p} sections={sections} />,
    WarmUp,
    WarmUpQuestion: (p: Omit<ComponentProps<typeof WarmUpQuestion>, "sections">) => <WarmUpQuestion {...p} sections={sections} />,
    Callout,
    Infographic,
    FlipCards,
    FlipCard,
    Demo,
    DemoStep,
    DemoFailure,
    QuickCheck: (p: Omit<ComponentProps<typeof QuickCheck>, "kind">) => (
      <QuickCheck {...p} kind={lesson.questions.find((q) => q.id === p.id)?.kind ?? "inline"} />
    ),
    // Registered as is, never wrapped: QuickCheck finds its options and explanation by element type.
    Option,
    Explanation,
    WrapUp: (p: { title?: string; children?: React.ReactNode }) => (
      <WrapUp {...p} questions={questionRefs} sections={sectionRefs} />
    ),
    SoFar,
    Level,
    Scenario,
    ScenarioStep,
    ConsolePath,
    Tutor: (p: { title?: string; intro?: string }) => <Tutor {...p} entries={fm.tutor} sections={sections} />,
    OwnWords: () => (fm.ownWords ? <OwnWords ownWords={fm.ownWords} /> : null),
    TeachFriend: (p: { intro?: string }) => (
      <TeachFriend
        {...p}
        summary={teachSummary({ title: fm.title, url: site.url + site.basePath + lessonPath(lesson.slug), sections, soFar: lesson.soFar })}
      />
    ),
    Glossary: () => <Glossary entries={fm.glossary} />,
    Cite: (p: { src: string }) => <Cite {...p} sources={sourceIds} />,
    Sources: () => <Sources entries={fm.sources} />,
    WhatsNext: () => (fm.next ? <WhatsNext next={fm.next} /> : null),
  };
}
