/**
 * The HTML validity check behind `npm run check-site`: every exported page through html-validate
 * with the project's `.htmlvalidate.json` (the recommended preset, less the style rules that React's
 * serialisation cannot follow; README, "Quality checks", gives each reason).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";

/** The project's configuration, read once from the repository root. */
export function projectConfig(root = process.cwd()): ConfigData {
  return JSON.parse(readFileSync(path.join(root, ".htmlvalidate.json"), "utf8")) as ConfigData;
}

export function htmlValidator(config: ConfigData = projectConfig()): HtmlValidate {
  return new HtmlValidate(new StaticConfigLoader(config));
}

/**
 * Every error in one page, as `found …, expected …`. Exported pages are a single line, so the
 * message names the element by its CSS path rather than by a column nobody can find.
 */
export function htmlValidityProblems(validator: HtmlValidate, html: string, file: string): string[] {
  const report = validator.validateStringSync(html, file);
  return report.results.flatMap((result) =>
    result.messages
      .filter((m) => m.severity === 2)
      .map((m) => `found ${m.ruleId} at ${m.selector ?? `${m.line}:${m.column}`}: ${m.message}, expected HTML that html-validate accepts (${m.ruleUrl ?? m.ruleId})`),
  );
}
