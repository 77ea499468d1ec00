import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "out/**", "out-fixtures/**", "out-learn/**", "out-scorm/**", "out-scorm-fixtures/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/floor/**"] },
];

export default config;
