import { describe, expect, it } from "vitest";
import { buildManifest, type ManifestInput, type ScormVersion } from "./manifest";
import { validateManifest } from "./validate-manifest";

const input = (version: ScormVersion, overrides: Partial<ManifestInput> = {}): ManifestInput => ({
  version,
  slug: "okta-scim-provisioning",
  title: "Okta Provisioning & SCIM <2.0>",
  launch: "index.html",
  files: ["index.html", "_next/static/chunks/a.js", "_next/static/chunks/b c.css"],
  masteryPercent: 70,
  ...overrides,
});

describe("buildManifest", () => {
  it.each(["1.2", "2004"] as const)("writes a SCORM %s manifest that ADL's schemas accept", async (version) => {
    const result = await validateManifest(buildManifest(input(version)), version);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }, 30_000);

  it("puts the title, the launch page, every file and the mastery score in a 1.2 manifest", () => {
    const xml = buildManifest(input("1.2"));
    expect(xml).toContain("<schemaversion>1.2</schemaversion>");
    expect(xml.match(/<title>Okta Provisioning &amp; SCIM &lt;2.0&gt;<\/title>/g)).toHaveLength(2);
    expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(xml).toContain('<file href="_next/static/chunks/b%20c.css"/>');
    expect(xml).toContain("<adlcp:masteryscore>70</adlcp:masteryscore>");
  });

  it("expresses the mastery score of a 2004 manifest as the primary objective's measure", () => {
    const xml = buildManifest(input("2004", { masteryPercent: 80 }));
    expect(xml).toContain("<schemaversion>2004 4th Edition</schemaversion>");
    expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
    expect(xml).toMatch(/satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0.80<\/imsss:minNormalizedMeasure>/);
  });

  it("is rejected by the schemas when it breaks them, so the validation can fail", async () => {
    const broken = buildManifest(input("2004")).replace("<imsss:minNormalizedMeasure>0.70", "<imsss:minNormalizedMeasure>seventy");
    const result = await validateManifest(broken, "2004");
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/minNormalizedMeasure/);
    const page = buildManifest(input("1.2")).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="page"');
    expect((await validateManifest(page, "1.2")).errors.join("\n")).toMatch(/scormtype/);
  }, 30_000);
});

