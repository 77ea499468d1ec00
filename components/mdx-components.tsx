/**
 * The one MDX registry: every component an instructor may write (see lib/content/vocabulary.ts),
 * bound to the lesson being rendered so that frontmatter-driven blocks get their data.
 * Simple components are files under components/mdx/; a widget with client parts has its own folder.
 */
import type { MDXComponents } from "mdx/types";
import type { ComponentProps } from "react";
import type { Lesson } from "@/lib/content/load";
import type { AttributesOf, ComponentName } from "@/lib/content/vocabulary";
import { questionRef } from "@/lib/question";
import { placeOf } from "@/lib/quiz/variants";
import { teachSummary } from "@/lib/summary";
import { LEVELS, offeredLevel, type Level as ReadingLevel } from "@/lib/content/levels";
import { lessonPath, site } from "@/lib/site";
import { Callout } from "./mdx/callout";
import { Cite } from "./mdx/cite";
import { ConsolePath } from "./mdx/console-path";
import { Demo } from "./demo/demo";
import { DemoFailure } from "./demo/demo-failure";
import { DemoStep } from "./demo/demo-step";
import { Explanation } from "./quick-check/explanation";
import { Figure } from "./mdx/figure";
import { FlipCard } from "./flip-cards/flip-card";
import { FlipCards } from "./flip-cards/flip-cards";
import { Glossary } from "./mdx/glossary";
import { Infographic } from "./mdx/infographic";
import { Level } from "./read-as/level";
import { Option } from "./quick-check/option";
import { OwnWords } from "./own-words/own-words";
import { PathCard } from "./mdx/path-card";
import { PathCards } from "./mdx/path-cards";
import { QuickCheck } from "./quick-check/quick-check";
import { Scenario } from "./mdx/scenario";
import { ScimLab } from "./scim-lab/scim-lab";
import { ScenarioStep } from "./mdx/scenario-step";
import { Section } from "./mdx/section";
import { SoFar } from "./mdx/so-far";
import { Sources } from "./mdx/sources";
import { TeachFriend } from "./teach-friend/teach-friend";
import { Tutor } from "./tutor/tutor";
import { WarmUp } from "./mdx/warm-up";
import { WarmUpQuestion } from "./mdx/warm-up-question";
import { WhatsNext } from "./mdx/whats-next";
import type { WrapUpData } from "./wrap-up/types";
import { WrapUp } from "./wrap-up/wrap-up";

export function lessonComponents(lesson: Lesson): Record<ComponentName, MDXComponents[string]> {
  const { frontmatter: fm, sections } = lesson;
  const questionRefs = lesson.questions.map(questionRef);
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
    Figure,
    FlipCards,
    FlipCard,
    Demo,
    DemoStep,
    DemoFailure,
    QuickCheck: (p: Omit<ComponentProps<typeof QuickCheck>, "question">) => {
      const question = lesson.questions.find((q) => q.id === p.id);
      if (!question) return null;
      const variants = lesson.questions.filter((q) => placeOf(q) === placeOf(question)).map((q) => q.id);
      return <QuickCheck {...p} question={question} variants={variants} />;
    },
    // Registered as is, never wrapped: QuickCheck finds its options and explanation by element type.
    Option,
    Explanation,
    WrapUp: (p: Omit<ComponentProps<typeof WrapUp>, keyof WrapUpData>) => (
      <WrapUp {...p} questions={questionRefs} sections={sectionRefs} passPercent={fm.passMark} />
    ),
    SoFar,
    Level,
    Scenario,
    ScenarioStep,
    ConsolePath,
    ScimLab,
    Tutor: (p: AttributesOf<"Tutor">) => <Tutor {...p} entries={fm.tutor} glossary={fm.glossary} synonyms={fm.tutorSynonyms} sections={sections} />,
    OwnWords: () => (fm.ownWords ? <OwnWords ownWords={fm.ownWords} sections={sectionRefs} /> : null),
    TeachFriend: (p: AttributesOf<"TeachFriend">) => (
      <TeachFriend
        {...p}
        summaries={
          Object.fromEntries(
            LEVELS.map((level) => [
              level,
              teachSummary({ title: fm.title, url: site.url + site.basePath + lessonPath(lesson.slug), sections, soFar: lesson.soFar.map((box) => box[level]) }),
            ]),
          ) as Record<ReadingLevel, string>
        }
        startLevel={offeredLevel(undefined, fm.levels)}
      />
    ),
    Glossary: () => <Glossary entries={fm.glossary} />,
    Cite: (p: { src: string }) => <Cite {...p} sources={sourceIds} />,
    Sources: () => <Sources entries={fm.sources} />,
    WhatsNext: () => (fm.next ? <WhatsNext next={fm.next} /> : null),
  };
}
