/** Times and durations in the formats each SCORM version's data model accepts. */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours capped at 9999). */
export function timespan12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, "0")}`;
}

/** SCORM 2004 timeinterval, an ISO 8601 duration such as `PT1H2M3.45S`. */
export function duration2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ""}${minutes ? `${minutes}M` : ""}${Number(seconds.toFixed(2))}S`;
}

/** SCORM 1.2 CMITime, the time of day `HH:MM:SS` (UTC). */
export function time12(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** SCORM 2004 time(second,10,0): at most two decimals of a second before the zone designator. */
export function timestamp2004(date: Date): string {
  return `${date.toISOString().slice(0, 22)}Z`;
}
