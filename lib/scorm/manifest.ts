/**
 * `imsmanifest.xml` for a one-SCO package, in SCORM 1.2 or SCORM 2004 4th Edition. The mastery
 * score goes where each version's LMS reads it: 1.2 `adlcp:masteryscore` (0–100) on the item,
 * 2004 the primary objective's `minNormalizedMeasure` (0–1), satisfied by the reported measure.
 */

export type ScormVersion = "1.2" | "2004";

export const SCORM_VERSIONS: readonly ScormVersion[] = ["1.2", "2004"];

export interface ManifestInput {
  version: ScormVersion;
  /** The lesson's slug: the identifiers derive from it. */
  slug: string;
  title: string;
  /** The SCO's launch page, relative to the package root. */
  launch: string;
  /** Every file of the SCO, relative to the package root (the launch page included). */
  files: readonly string[];
  /** The pass mark in percent, 0–100. */
  masteryPercent: number;
}

/** The schema files each version's manifest names; the export copies them into the package root. */
export const SCHEMA_LOCATIONS: Record<ScormVersion, Record<string, string>> = {
  "1.2": {
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2": "imscp_rootv1p1p2.xsd",
    "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1": "imsmd_rootv1p2p1.xsd",
    "http://www.adlnet.org/xsd/adlcp_rootv1p2": "adlcp_rootv1p2.xsd",
  },
  "2004": {
    "http://www.imsglobal.org/xsd/imscp_v1p1": "imscp_v1p1.xsd",
    "http://www.adlnet.org/xsd/adlcp_v1p3": "adlcp_v1p3.xsd",
    "http://www.adlnet.org/xsd/adlseq_v1p3": "adlseq_v1p3.xsd",
    "http://www.adlnet.org/xsd/adlnav_v1p3": "adlnav_v1p3.xsd",
    "http://www.imsglobal.org/xsd/imsss": "imsss_v1p0.xsd",
  },
};


export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** An xs:ID: letters, digits, dots, dashes and underscores, starting with a letter. */
function identifier(...parts: string[]): string {
  return parts.join("-").replace(/[^A-Za-z0-9._-]/g, "_");
}

function schemaLocation(version: ScormVersion): string {
  return Object.entries(SCHEMA_LOCATIONS[version])
    .map(([ns, file]) => `${ns} ${file}`)
    .join(" ");
}

function fileList(files: readonly string[], indent: string): string {
  // File hrefs are URIs: a space or a non-ASCII character in a name must be percent-encoded.
  return files.map((file) => `${indent}<file href="${escapeXml(encodeURI(file))}"/>`).join("\n");
}

export function buildManifest(input: ManifestInput): string {
  return input.version === "1.2" ? manifest12(input) : manifest2004(input);
}

function manifest12({ slug, title, launch, files, masteryPercent }: ManifestInput): string {
  const id = identifier("techclick", slug, "scorm12");
  const t = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${schemaLocation("1.2")}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${t}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${t}</title>
        <adlcp:masteryscore>${masteryPercent}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(encodeURI(launch))}">
${fileList(files, "      ")}
    </resource>
  </resources>
</manifest>
`;
}

function manifest2004({ slug, title, launch, files, masteryPercent }: ManifestInput): string {
  const id = identifier("techclick", slug, "scorm2004");
  const t = escapeXml(title);
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="${schemaLocation("2004")}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${t}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${t}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(masteryPercent / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${escapeXml(encodeURI(launch))}">
${fileList(files, "      ")}
    </resource>
  </resources>
</manifest>
`;
}
