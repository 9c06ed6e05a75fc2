// Local dates and times of a calendar's IANA time zone (not the viewer's), and open intervals as people
// type them. Dates are 'YYYY-MM-DD' strings, times 'HH:MM'; instants are Date objects or ISO text.

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

const pad = (n) => String(n).padStart(2, '0');

// ---- open intervals ---------------------------------------------------------------------------------

/** 'HH:MM' of a LocalTime as the server writes it ('09:00' or '09:00:00'). */
export function hhmm(value) {
  const match = /^(\d{1,2}):(\d{2})/.exec(String(value ?? ''));
  return match ? `${pad(match[1])}:${match[2]}` : String(value ?? '');
}

/** True when an interval runs past midnight into the next day (end at or before start). */
export const crossesMidnight = (interval) => hhmm(interval.end) <= hhmm(interval.start);

/** One interval for reading: '09:00–18:00', '22:00–06:00 (+1 day)', '00:00–24:00'. */
export function formatInterval(interval) {
  const start = hhmm(interval.start);
  const end = hhmm(interval.end);
  if (start === end) return start === '00:00' ? '00:00–24:00' : `${start}–${end} (24 h)`;
  if (end === '00:00') return `${start}–24:00`;
  return crossesMidnight(interval) ? `${start}–${end} (+1 day)` : `${start}–${end}`;
}

/** Intervals for reading, or '' for none. */
export const formatIntervals = (intervals) => (intervals || []).map(formatInterval).join(', ');

/** Intervals as they are typed: '09:00-12:00, 13:00-18:00' (the form parseIntervals reads). */
export const intervalsText = (intervals) => (intervals || [])
  .map((i) => `${hhmm(i.start)}-${hhmm(i.end) === '00:00' ? '24:00' : hhmm(i.end)}`)
  .join(', ');

/**
 * Reads typed intervals: '09:00-12:00, 13:00-18:00' (commas or semicolons between them, '-' or '–' inside;
 * 24:00 for midnight at the end; an end before the start crosses midnight). Empty or 'closed' → [].
 * Throws an Error that says which part is wrong.
 */
export function parseIntervals(text) {
  const trimmed = String(text ?? '').trim();
  if (!trimmed || /^closed$/i.test(trimmed)) return [];
  return trimmed.split(/[,;]/).map((part) => part.trim()).filter(Boolean).map((part) => {
    const match = /^(\d{1,2})(?::(\d{2}))?\s*[-–—]\s*(\d{1,2})(?::(\d{2}))?$/.exec(part);
    if (!match) throw new Error(`"${part}" is not an interval like 09:00-18:00`);
    const [h1, m1, h2, m2] = [match[1], match[2] || '0', match[3], match[4] || '0'].map(Number);
    if (h1 > 23 || m1 > 59 || m2 > 59 || h2 > 24 || (h2 === 24 && m2 !== 0)) {
      throw new Error(`"${part}" is not a time of day (00:00 to 24:00)`);
    }
    return { start: `${pad(h1)}:${pad(m1)}`, end: `${pad(h2 % 24)}:${pad(m2)}` };
  });
}

// ---- local dates --------------------------------------------------------------------------------------

function dateParts(date) {
  const [y, m, d] = String(date).split('-').map(Number);
  return [y, m, d];
}

const fromUtc = (ms) => new Date(ms).toISOString().slice(0, 10);

/** True for a 'YYYY-MM-DD' text naming a real date. */
export function isDate(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(text ?? ''))) return false;
  const [y, m, d] = dateParts(text);
  return fromUtc(Date.UTC(y, m - 1, d)) === text;
}

export function addDays(date, days) {
  const [y, m, d] = dateParts(date);
  return fromUtc(Date.UTC(y, m - 1, d + days));
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date) {
  const [y, m, d] = dateParts(date);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export const weekdayOf = (date) => WEEKDAYS[weekdayIndex(date)];

/** The Monday of the week a date is in. */
export const mondayOf = (date) => addDays(date, -weekdayIndex(date));

/** A date for reading in the viewer's language: 'Wed, Mar 18, 2026' ({weekday: false} leaves the day name out). */
export function formatDate(date, { weekday = true, year = true } = {}) {
  const [y, m, d] = dateParts(date);
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC', weekday: weekday ? 'short' : undefined, day: 'numeric', month: 'short', year: year ? 'numeric' : undefined,
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The viewer's name of a weekday ('MONDAY' → 'Mon' or 'Monday'). */
export function weekdayName(day, style = 'short') {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', weekday: style })
    .format(new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day))));
}

// ---- instants in a zone -------------------------------------------------------------------------------

const partFormatters = new Map();

function partFormatter(zone) {
  let formatter = partFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partFormatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the browser knows the IANA zone. */
export function knownZone(zone) {
  try {
    partFormatter(zone);
    return true;
  } catch {
    return false;
  }
}

const toDate = (instant) => (instant instanceof Date ? instant : new Date(instant));

/** The wall clock of an instant in a zone: {date: 'YYYY-MM-DD', time: 'HH:MM', seconds}. */
export function zonedParts(instant, zone) {
  const parts = {};
  for (const { type, value } of partFormatter(zone).formatToParts(toDate(instant))) parts[type] = value;
  const hour = parts.hour === '24' ? '00' : parts.hour;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${hour}:${parts.minute}`, seconds: Number(parts.second) };
}

/** Today's date in a zone. */
export const todayIn = (zone) => zonedParts(new Date(), zone).date;

/** Local wall time minus UTC, in milliseconds, at an instant. */
function offsetAt(ms, zone) {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = zonedParts(new Date(whole), zone);
  const [y, m, d] = dateParts(p.date);
  const [hh, mm] = p.time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, p.seconds) - whole;
}

/**
 * The instant of a local date and time in a zone, as Java's ZonedDateTime.of picks it: a time skipped by a
 * clock change moves forward by the gap, a time that happens twice takes the earlier instant.
 */
export function zonedInstant(date, time, zone) {
  const [y, m, d] = dateParts(date);
  const [hh, mm] = String(time).split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const day = 86_400_000;
  const before = offsetAt(wall - day, zone);
  const after = offsetAt(wall + day, zone);
  const matching = [wall - before, wall - after]
    .filter((ms) => offsetAt(ms, zone) === wall - ms)
    .sort((a, b) => a - b);
  return new Date(matching.length ? matching[0] : wall - before);
}

/** An instant in a zone for reading, in the viewer's language (Intl options, default date and time). */
export function formatZoned(instant, zone, options = { dateStyle: 'medium', timeStyle: 'short' }) {
  const date = toDate(instant);
  if (Number.isNaN(date.getTime())) return String(instant ?? '');
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone }).format(date);
}

/** The clock time of an instant in a zone for reading ('09:00' or '9:00 AM', as the viewer's language has it). */
export const formatZonedTime = (instant, zone) => formatZoned(instant, zone, { hour: '2-digit', minute: '2-digit' });

/** The zone's offset at an instant as text: 'GMT+8', 'GMT-4'. */
export function zoneOffsetName(instant, zone) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(toDate(instant)).find((p) => p.type === 'timeZoneName');
  return part ? part.value : '';
}

/** An ISO instant without milliseconds ('2026-03-18T02:00:00Z'), the form the API documents. */
export const isoInstant = (date) => toDate(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
