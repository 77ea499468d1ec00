import { Suspense } from "react";
import { BookOpen } from "lucide-react";
import { XpIcon } from "@/components/progress/xp-icon";
import { LEAD_ICON } from "@/components/icons/icon-class";
import type { Lesson } from "@/lib/content/load";
import { questionKey } from "@/lib/question";
import { BLOCKS_ATTRIBUTE } from "@/lib/lesson-block";
import { LmsNote } from "@/components/progress/lms-note";
import { ProgressProvider } from "@/components/progress/progress-provider";
import { SectionReadTracker } from "@/components/progress/section-read-tracker";
import { CiteKeys } from "@/components/mdx/cite-keys";
import { XpMeter } from "@/components/progress/xp-meter";
import { xpLesson } from "@/lib/xp";
import { xpPlaces } from "./xp-places";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { Breadcrumb } from "./breadcrumb";
import { LessonBody } from "./lesson-body";
import { LevelRadioScript } from "@/components/read-as/level-radio-script";
import { LevelScript } from "@/components/read-as/level-script";
import { LevelTags } from "./level-tags";
import { MetaRow } from "./meta-row";
import { Objectives } from "./objectives";
import { OffscreenSectionsScript } from "./offscreen-sections-script";
import { QuickAnswer } from "./quick-answer";
import { ReadAs } from "@/components/read-as/read-as";

/** The lesson page, top to bottom: header, hero, quick answer, objectives, the reading level, then the MDX body. */
export function LessonPage({ lesson }: { lesson: Lesson }) {
  const fm = lesson.frontmatter;
  const questions = lesson.questions.map(questionKey);
  return (
    <ProgressProvider slug={lesson.slug} assessment={{ questions, passPercent: fm.passMark, levels: fm.levels }}>
      {/* First in the page: what they set on <html> is in place before the browser first lays the page out. */}
      <LevelScript slug={lesson.slug} levels={fm.levels} />
      <OffscreenSectionsScript />
      {/* The meter hydrates with the lesson's blocks, not before them: it shows saved progress when they can. */}
      <SiteHeader
        progress={
          <Suspense>
            <XpMeter lesson={xpLesson(lesson)} places={xpPlaces(lesson)} icon={<XpIcon />} />
          </Suspense>
        }
      />
      <SectionReadTracker />
      <LmsNote />
      <main id="main" tabIndex={-1} className="mx-auto max-w-[44rem] px-4 pb-10 outline-none sm:px-6">
        <article {...{ [BLOCKS_ATTRIBUTE]: "" }}>
          <header className="mt-6 space-y-4">
            <Breadcrumb trail={fm.track} />
            <LevelTags levels={fm.levels} />
            <h1 className="text-3xl leading-tight font-extrabold tracking-tight text-balance sm:text-4xl">{fm.title}</h1>
            <p className="text-lg text-muted">{fm.subtitle}</p>
            <MetaRow lesson={lesson} />
          </header>
          <div className="mt-8 space-y-8">
            <QuickAnswer text={fm.quickAnswer} />
            <Objectives items={fm.objectives} />
            {fm.levels.length > 1 && (
              <>
                <ReadAs levels={fm.levels} hints={fm.levelHints} icon={<BookOpen aria-hidden="true" className={LEAD_ICON} />} />
                <LevelRadioScript />
                <p className="no-js-only rounded-xl border border-line-soft bg-surface p-4 text-sm">
                  <BookOpen aria-hidden="true" className={LEAD_ICON} /> Every reading level is on this page: passages written for one level only are labelled.
                </p>
              </>
            )}
          </div>
          <LessonBody lesson={lesson} />
        </article>
        <CiteKeys />
      </main>
      <SiteFooter />
    </ProgressProvider>
  );
}
