import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import yaml from "js-yaml";
import { frontmatterSchema, type Frontmatter } from "@/lib/content/frontmatter";

/** The frontmatter of the lesson the specs drive, parsed as the build parses it. */
export function lessonFrontmatter(): Frontmatter {
  const raw = readFileSync(path.join(process.cwd(), "content/lessons/okta-scim-provisioning.mdx"), "utf8");
  return frontmatterSchema.parse(matter(raw, { engines: { yaml: (s) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object } }).data);
}
