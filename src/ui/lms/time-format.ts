/**
 * Times and durations in the two formats the SCORM versions want. Pure, so
 * the exact strings an LMS will validate are pinned down by unit tests.
 *
 * SCORM 1.2 (RTE 3.4.2): CMITime `HH:MM:SS` and CMITimespan `HHHH:MM:SS.SS`.
 * SCORM 2004 (RTE 4.1): `time (second,10,0)`, an ISO 8601 timestamp with at
 * most two decimals of a second, and `timeinterval (second,10,2)`, an ISO
 * 8601 duration such as `PT1H2M3.45S`.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Whole centiseconds: both versions stop at two decimals, so round once, here. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

/** A SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS`; hours stop at 9999 as the format requires. */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), (9999 * 3600 + 59 * 60 + 59) * 100 + 99);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const seconds = Math.floor((cs % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/** A SCORM 1.2 CMITime, the time of day `HH:MM:SS` (UTC: 1.2 has no time zone field). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** A SCORM 2004 timeinterval, e.g. `PT0S`, `PT45.5S`, `PT1H2M3.04S`. */
export function scorm2004Duration(ms: number): string {
  const cs = centiseconds(ms);
  const hours = Math.floor(cs / 360_000);
  const minutes = Math.floor((cs % 360_000) / 6000);
  const hundredths = cs % 6000;
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  const seconds = fraction === 0 ? String(whole) : `${whole}.${pad(fraction).replace(/0$/, '')}`;
  let text = 'PT';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (hundredths > 0 || text === 'PT') text += `${seconds}S`;
  return text;
}

/** A SCORM 2004 timestamp in UTC with centiseconds, e.g. `2026-12-02T17:07:52.12Z`. */
export function scorm2004Timestamp(date: Date): string {
  const iso = date.toISOString(); // 2026-12-02T17:07:52.123Z
  return `${iso.slice(0, 22)}Z`;
}
