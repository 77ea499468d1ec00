/**
 * The two learners a feature's spec is run for when how it looks matters: a beginner on a 360 px
 * phone in dark mode, and someone on a laptop. Use as `for (const screen of SCREENS)` with
 * `test.use(screen.use)` inside a describe named after `screen.name`.
 */
export const SCREENS = [
  { name: "a 360 px phone in dark mode", use: { viewport: { width: 360, height: 740 }, colorScheme: "dark" as const } },
  { name: "a laptop", use: { viewport: { width: 1366, height: 900 }, colorScheme: "light" as const } },
] as const;
