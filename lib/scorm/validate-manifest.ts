/**
 * Validates a manifest against ADL's schemas (lib/scorm/schemas/) with libxml2 compiled to
 * WebAssembly, offline: every schema file is preloaded under its relative path, and a small driver
 * schema imports each namespace the manifest uses, as an LMS importer resolves xsi:schemaLocation.
 * Node only (reads the schema folder); the export and the unit tests use it.
 *
 * Two SCORM 1.2 files predate what libxml2 accepts: IMS's `ims_xml.xsd` binds the xml namespace as
 * the default namespace (forbidden by Namespaces in XML), and IMS Metadata 1.2.1's content models
 * are not deterministic. The manifests carry no IMS metadata, so the driver does not import it, and
 * W3C's `xml.xsd` (from the 2004 set, declaring the same `xml:lang`) stands in for `ims_xml.xsd`.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { SCHEMA_LOCATIONS, type ScormVersion } from "./manifest";

export const SCHEMA_DIRS: Record<ScormVersion, string> = {
  "1.2": path.resolve(process.cwd(), "lib/scorm/schemas/scorm12"),
  "2004": path.resolve(process.cwd(), "lib/scorm/schemas/scorm2004-4th"),
};

/** Every schema file of a version, relative to its folder (`common/dataTypes.xsd` …). */
export async function schemaFiles(version: ScormVersion): Promise<string[]> {
  const entries = await readdir(SCHEMA_DIRS[version], { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(xsd|dtd)$/.test(e.name))
    .map((e) => path.relative(SCHEMA_DIRS[version], path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

const IMS_METADATA_12 = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

export interface ManifestValidation {
  valid: boolean;
  /** libxml2's messages, each with the manifest's line. */
  errors: string[];
}

export async function validateManifest(xml: string, version: ScormVersion): Promise<ManifestValidation> {
  const files = await schemaFiles(version);
  const preload: XMLFileInfo[] = await Promise.all(
    files.map(async (file) => {
      const source = version === "1.2" && file === "ims_xml.xsd" ? path.join(SCHEMA_DIRS["2004"], "xml.xsd") : path.join(SCHEMA_DIRS[version], file);
      return { fileName: file, contents: await readFile(source, "utf8") };
    }),
  );
  const imports = Object.entries(SCHEMA_LOCATIONS[version])
    .filter(([ns]) => ns !== IMS_METADATA_12)
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join("\n");
  const driver = `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`;
  const result = await validateXML({
    xml: { fileName: "imsmanifest.xml", contents: xml },
    schema: { fileName: "scorm-driver.xsd", contents: driver },
    preload,
    disableFileNameValidation: true,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage.trim()) };
}
