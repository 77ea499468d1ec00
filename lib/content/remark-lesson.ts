/**
 * A remark plugin that checks a lesson body against the authoring vocabulary and annotates it:
 * sections, figures and questions get their numbers, options their letters, headings their ids.
 * Problems are collected into the scan (not thrown) so that one run reports all of them.
 */
import GithubSlugger from "github-slugger";
import type { Heading, Link, Nodes, Root } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { describeIssue } from "./problems";
import type { Question } from "@/lib/question";
import { citeInfo } from "./citations";
import { plainText, stemText } from "./question-text";
import type { LessonScan } from "./scan";
import { l1BlockWords, levelWords } from "./level-words";
import { componentNames, ruleOf, type ComponentName } from "./vocabulary";
import { CHALLENGE_IDS } from "@/lib/scim-lab/catalog";
import { LEVELS, levelsShowing, type Level } from "./levels";
import { DEFAULT_KIND, KIND_IDS, keyProblem, questionKind, type QuestionKindId } from "@/lib/quiz/kinds";
import { lettersFor } from "@/lib/quiz/letters";
import { imageSize } from "./image-size";

/** A node's text as a reader at `level` sees it: `<Level>` passages for other levels left out. */
function textAtLevel(node: Nodes, level: Level): string {
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") {
      if (n.name === "Level") {
        const value = (name: string) => n.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === name)?.value;
        const min = value("min");
        const max = value("max");
        if (!levelsShowing(typeof min === "string" ? min : undefined, typeof max === "string" ? max : undefined).includes(level)) return;
      }
    }
    if (n.type === "paragraph" && parts.length > 0) parts.push(" ");
    if ("value" in n && (n.type === "text" || n.type === "inlineCode")) parts.push(n.value);
    if ("children" in n) for (const child of n.children) walk(child as Nodes);
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
type Ancestor = { name: ComponentName; attrs: Record<string, string> };

function isJsx(node: Nodes): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

function isComponent(name: string): name is ComponentName {
  return (componentNames as string[]).includes(name);
}

/** Attributes this plugin adds (numbers, letters), which authors may not write themselves. */
const injected = new WeakMap<JsxElement, Set<string>>();

function setAttr(node: JsxElement, name: string, value: string) {
  injected.set(node, (injected.get(node) ?? new Set()).add(name));
  node.attributes = node.attributes.filter((a) => !(a.type === "mdxJsxAttribute" && a.name === name));
  node.attributes.push({ type: "mdxJsxAttribute", name, value } satisfies MdxJsxAttribute);
}

function childComponents(node: JsxElement, name: ComponentName): JsxElement[] {
  const found: JsxElement[] = [];
  const walk = (n: Nodes) => {
    if (isJsx(n) && n.name === name) found.push(n);
    else if ("children" in n && !(isJsx(n) && n.name === "QuickCheck")) n.children.forEach((c) => walk(c as Nodes));
  };
  node.children.forEach((c) => walk(c as Nodes));
  return found;
}

export function remarkLesson(scan: LessonScan) {
  const problem = (line: number | undefined, message: string) => scan.problems.push({ file: scan.file, line, message });
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    const pendingQuestions: { node: JsxElement; info: Question }[] = [];

    const visit = (node: Nodes, ancestors: Ancestor[]) => {
      const line = node.position?.start.line;

      if (node.type === "mdxjsEsm") {
        problem(line, "found an import or export statement, expected none: lessons use only the documented components");
        return;
      }
      if (node.type === "mdxFlowExpression" || node.type === "mdxTextExpression") {
        const program = node.data?.estree;
        if (program && program.body.length > 0) {
          problem(line, `found the expression {${node.value.trim()}}, expected plain text (escape a literal brace as \\{)`);
        }
        return;
      }
      if (node.type === "heading") {
        headingId(node, slugger, scan);
      }
      if (node.type === "link") {
        linkTarget(node, scan);
      }
      if (node.type === "image") {
        scan.images.push({ src: node.url, alt: node.alt ?? null, line: line ?? 0, via: `image ![${node.alt ?? ""}](${node.url})` });
        node.url = withBasePath(node.url);
      }
      if (isJsx(node) && node.name === "img") {
        const src = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "src");
        const alt = node.attributes.find((a): a is MdxJsxAttribute => a.type === "mdxJsxAttribute" && a.name === "alt");
        const srcText = typeof src?.value === "string" ? src.value : "";
        const altText = alt === undefined ? null : typeof alt.value === "string" ? alt.value : "";
        scan.images.push({ src: srcText, alt: altText, line: line ?? 0, via: `<img src="${srcText}">` });
        if (src && typeof src.value === "string") src.value = withBasePath(src.value);
      }

      let next = ancestors;
      if (isJsx(node) && node.name) {
        const attrs = checkElement(node, ancestors, problem);
        if (attrs && isComponent(node.name)) {
          scan.used.add(node.name);
          if (ruleOf(node.name).subject) scan.subjectUses.push({ name: node.name, line: line ?? 0 });
          annotate(node, node.name, attrs, ancestors, scan, problem, pendingQuestions);
          next = [...ancestors, { name: node.name, attrs }];
        }
      }
      if ("children" in node) node.children.forEach((child) => visit(child as Nodes, next));
    };

    captionedImagesToFigures(tree);
    visit(tree, []);
    scan.words = levelWords(tree);
    scan.l1Blocks = l1BlockWords(tree);

    // Variants fill their question's place: the total counts places.
    const total = String(pendingQuestions.filter(({ info }) => info.variantOf === null).length);
    for (const { node, info } of pendingQuestions) {
      setAttr(node, "number", String(info.number));
      setAttr(node, "total", total);
    }
  };
}

/**
 * A Markdown image alone in its paragraph with a title, `![alt](/lessons/x/flow.png "Caption")`,
 * is a figure: it becomes `<Figure src alt caption>`, numbered and captioned like one. An image
 * without a title, or inside running text, stays a plain image.
 */
function captionedImagesToFigures(tree: Root) {
  const walk = (parent: Nodes) => {
    if (!("children" in parent)) return;
    parent.children.forEach((child, i) => {
      const only = child.type === "paragraph" && child.children.length === 1 ? child.children[0] : undefined;
      if (only?.type === "image" && only.title?.trim()) {
        const figure: MdxJsxFlowElement = {
          type: "mdxJsxFlowElement",
          name: "Figure",
          attributes: [
            { type: "mdxJsxAttribute", name: "src", value: only.url },
            { type: "mdxJsxAttribute", name: "alt", value: only.alt ?? "" },
            { type: "mdxJsxAttribute", name: "caption", value: only.title.trim() },
          ],
          children: [],
          position: child.position,
        };
        (parent.children as Nodes[])[i] = figure;
      } else {
        walk(child as Nodes);
      }
    });
  };
  walk(tree);
}

/** Site-root paths get the deployment's base path (BASE_PATH builds serve the site under a sub-path). */
function withBasePath(src: string): string {
  const base = process.env.BASE_PATH?.replace(/\/$/, "") ?? "";
  return base && src.startsWith("/") && !src.startsWith("//") ? base + src : src;
}

function headingId(node: Heading, slugger: GithubSlugger, scan: LessonScan) {
  const id = slugger.slug(toString(node));
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  scan.anchors.set(id, node.position?.start.line ?? 0);
}

function linkTarget(node: Link, scan: LessonScan) {
  if (node.url.startsWith("#")) {
    scan.links.push({ target: node.url.slice(1), line: node.position?.start.line ?? 0, via: `link [${toString(node)}]` });
  }
}

/** Validates name, attributes and nesting; returns the attributes as strings, or null when unusable. */
function checkElement(
  node: JsxElement,
  ancestors: Ancestor[],
  problem: (line: number | undefined, message: string) => void,
): Record<string, string> | null {
  const line = node.position?.start.line;
  const name = node.name!;
  if (!/^[A-Z]/.test(name)) return null; // lowercase tags are plain HTML elements
  if (!isComponent(name)) {
    problem(line, `found the unknown component <${name}>, expected one of ${componentNames.map((n) => `<${n}>`).join(", ")}`);
    return null;
  }
  const attrs: Record<string, string> = {};
  for (const attr of node.attributes) {
    if (attr.type === "mdxJsxAttribute" && injected.get(node)?.has(attr.name)) continue;
    if (attr.type === "mdxJsxExpressionAttribute") {
      problem(line, `<${name}>: found a spread attribute {${attr.value}}, expected name="value" attributes`);
    } else if (attr.value !== null && typeof attr.value === "object") {
      problem(line, `<${name}> attribute "${attr.name}": found the expression {${attr.value.value}}, expected a quoted text such as ${attr.name}="…"`);
    } else {
      attrs[attr.name] = attr.value ?? "true";
    }
  }
  const rules = ruleOf(name);
  const { misplaced = {} } = rules;
  const known = Object.fromEntries(Object.entries(attrs).filter(([key]) => !(key in misplaced)));
  for (const [key, where] of Object.entries(misplaced)) {
    if (key in attrs) problem(line, `<${name}> attribute "${key}": found "${attrs[key]}", expected ${where}`);
  }
  const parsed = rules.attributes.safeParse(known);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problem(line, describeIssue(issue, attrs, `<${name}> attribute`));
  }
  const parents = rules.inside;
  if (parents) {
    const parent = ancestors.at(-1)?.name;
    if (!parent || !parents.includes(parent)) {
      problem(line, `<${name}>: found it ${parent ? `inside <${parent}>` : "at the top level"}, expected it directly inside ${parents.map((p) => `<${p}>`).join(" or ")}`);
    }
  }
  return attrs;
}

function annotate(
  node: JsxElement,
  name: ComponentName,
  attrs: Record<string, string>,
  ancestors: Ancestor[],
  scan: LessonScan,
  problem: (line: number | undefined, message: string) => void,
  pendingQuestions: { node: JsxElement; info: Question }[],
) {
  const line = node.position?.start.line ?? 0;
  const defineAnchor = (id: string, what: string) => {
    const earlier = scan.anchors.get(id);
    if (earlier !== undefined) problem(line, `${what} id "${id}": found it already defined on line ${earlier}, expected a unique id`);
    else scan.anchors.set(id, line);
  };
  const anchor = ruleOf(name).anchor;
  if (anchor) defineAnchor(anchor, `<${name}>`);
  if (attrs.href?.startsWith("#")) scan.links.push({ target: attrs.href.slice(1), line, via: `<${name} href>` });

  switch (name) {
    case "Section": {
      const number = scan.sections.length + 1;
      const id = attrs.id ?? "";
      defineAnchor(id, "<Section>");
      scan.sections.push({ id, number, title: attrs.title ?? "", short: attrs.short ?? attrs.title ?? "", line });
      setAttr(node, "number", String(number));
      break;
    }
    case "WarmUpQuestion":
      if (attrs.section) scan.links.push({ target: attrs.section, line, via: `<WarmUpQuestion section>` });
      break;
    case "Infographic":
      scan.figures += 1;
      setAttr(node, "number", String(scan.figures));
      break;
    case "Figure": {
      scan.figures += 1;
      setAttr(node, "number", String(scan.figures));
      const src = attrs.src ?? "";
      scan.images.push({ src, alt: attrs.alt ?? null, line, via: `<Figure src="${src}">` });
      const size = imageSize(src);
      if (size) {
        setAttr(node, "width", String(size.width));
        setAttr(node, "height", String(size.height));
      }
      if (src) setAttr(node, "src", withBasePath(src));
      break;
    }
    case "FlipCard":
      scan.flipCards += 1;
      break;
    case "ScimLab": {
      defineAnchor(attrs.id ?? "", "<ScimLab>");
      scan.labId ??= attrs.id ?? null;
      const offered = attrs.challenges ? attrs.challenges.split(",").map((s) => s.trim()) : [...CHALLENGE_IDS];
      scan.labChallenges.push(...offered.filter((c) => !scan.labChallenges.includes(c)));
      break;
    }
    case "SoFar":
      scan.soFar.push(Object.fromEntries(LEVELS.map((level) => [level, textAtLevel(node, level)])) as Record<Level, string>);
      break;
    case "Cite":
      scan.cites.push(citeInfo(attrs.src ?? "", line, ancestors));
      break;
    case "Level": {
      // Unknown levels are the attribute check's to report; only min above max leaves no level at all.
      const levels = levelsShowing(attrs.min, attrs.max);
      if (levels.length === 0) {
        problem(line, `<Level>: found min="${attrs.min}" above max="${attrs.max}", expected min at or below max`);
      }
      if (!attrs.min && !attrs.max) problem(line, `<Level>: found neither min nor max, expected min="L1|L2|L3" and/or max="L1|L2|L3"`);
      const written = [attrs.min && `min="${attrs.min}"`, attrs.max && `max="${attrs.max}"`].filter(Boolean).join(" ");
      if (levels.length > 0) scan.levelUses.push({ tag: `<Level ${written}>`, what: "a passage", levels, line });
      break;
    }
    case "FlipCards": {
      // Each card says "Card n of total", so it needs its place in the row.
      const cards = childComponents(node, "FlipCard");
      cards.forEach((card, i) => {
        setAttr(card, "index", String(i));
        setAttr(card, "total", String(cards.length));
      });
      break;
    }
    case "Demo": {
      const id = attrs.id ?? "";
      defineAnchor(id, "<Demo>");
      const steps = childComponents(node, "DemoStep");
      steps.forEach((step, i) => setAttr(step, "index", String(i)));
      const failures = childComponents(node, "DemoFailure");
      const failureStep = failures[0] ? Number(failures[0].attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "step")?.value) : null;
      if (steps.length < 2) problem(line, `<Demo id="${id}">: found ${steps.length} <DemoStep>, expected at least 2`);
      if (failures.length > 1) problem(line, `<Demo id="${id}">: found ${failures.length} <DemoFailure>, expected at most 1`);
      if (failureStep !== null && Number.isFinite(failureStep) && (failureStep < 1 || failureStep > steps.length)) {
        // Point at the failure itself: that is the line the author has to change.
        problem(failures[0]?.position?.start.line ?? line, `<DemoFailure step="${failureStep}">: found a step the demo does not have, expected 1 to ${steps.length}`);
      }
      scan.demos.push({ id, steps: steps.length, failureStep: Number.isFinite(failureStep) ? failureStep : null, line });
      if (attrs.wireFrom) scan.levelUses.push({ tag: `<Demo wireFrom="${attrs.wireFrom}">`, what: "wire lines", levels: levelsShowing(attrs.wireFrom), line });
      break;
    }
    case "QuickCheck": {
      const id = attrs.id ?? "";
      defineAnchor(id, "<QuickCheck>");
      const kindId = (KIND_IDS as string[]).includes(attrs.kind ?? "") ? (attrs.kind as QuestionKindId) : DEFAULT_KIND;
      const kind = questionKind(kindId);
      const options = childComponents(node, "Option");
      const letters = lettersFor(options.length);
      options.forEach((option, i) => setAttr(option, "letter", letters[i] ?? "?"));
      const marked = options.map((option) => option.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "correct"));
      const explanations = childComponents(node, "Explanation");
      const what = `<QuickCheck id="${id}"${kindId === DEFAULT_KIND ? "" : ` kind="${kindId}"`}>`;
      if (options.length < kind.options.min || options.length > kind.options.max) {
        problem(line, `${what}: found ${options.length} <Option>, expected ${kind.options.min} to ${kind.options.max} for ${kind.title}`);
      }
      // A key written on the question itself is the attribute check's to report.
      const badKey = attrs.correct === undefined && options.length > 0 ? keyProblem(kind, marked.filter(Boolean).length) : null;
      if (badKey) problem(line, `${what}: ${badKey}`);
      if (explanations.length !== 1) {
        problem(line, `${what}: found ${explanations.length} <Explanation>, expected exactly 1`);
      }
      if (attrs.section) scan.links.push({ target: attrs.section, line, via: `<QuickCheck section>` });
      const promptNode = node.children.find((c) => c.type === "paragraph");
      if (!promptNode) problem(line, `${what}: found no question text, expected the question as its first paragraph`);
      const section = [...ancestors].reverse().find((a) => a.name === "Section");
      const placement = ancestors.some((a) => a.name === "WrapUp") ? "wrap-up" : "inline";
      const original = attrs.variantOf ? scan.questions.find((q) => q.id === attrs.variantOf) : undefined;
      if (attrs.variantOf) {
        const varies = `<QuickCheck id="${id}" variantOf="${attrs.variantOf}">`;
        if (!original) problem(line, `${varies}: found no earlier <QuickCheck id="${attrs.variantOf}">, expected the id of a question above this one`);
        else if (original.variantOf) problem(line, `${varies}: found that "${attrs.variantOf}" is itself a variant of "${original.variantOf}", expected variantOf="${original.variantOf}"`);
        else if (original.bloom !== attrs.bloom) problem(line, `${varies}: found bloom="${attrs.bloom}" where "${original.id}" has bloom="${original.bloom}", expected the same skill`);
        else if (original.placement !== placement) problem(line, `${varies}: found it ${placement === "inline" ? "inline" : "in the wrap-up"} and "${original.id}" ${original.placement === "inline" ? "inline" : "in the wrap-up"}, expected both in the same place`);
      }
      const places = scan.questions.filter((q) => q.variantOf === null).length;
      const info: Question = {
        id,
        number: original?.number ?? places + 1,
        kind: kindId,
        correct: kind.key(letters, marked),
        bloom: attrs.bloom ?? "",
        letters,
        options: options.map((o) => plainText([o])),
        hash: "",
        prompt: stemText(node),
        sectionId: attrs.section ?? original?.sectionId ?? section?.attrs.id ?? null,
        placement,
        variantOf: attrs.variantOf ?? null,
        line,
      };
      scan.questions.push(info);
      pendingQuestions.push({ node, info });
      break;
    }
    default:
      break;
  }
}
