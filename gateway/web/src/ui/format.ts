import { timestampDate, timestampFromDate, type Timestamp } from "@bufbuild/protobuf/wkt";

/** Dates are shown and entered in Swedish time, whatever the device's time zone. */
export const TIME_ZONE = "Europe/Stockholm";

const dateTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit",
});
const date = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** "2026-12-07 14:05" in Swedish time; empty for an unset timestamp. */
export function formatDateTime(timestamp: Timestamp | undefined): string {
  return timestamp ? dateTime.format(timestampDate(timestamp)) : "";
}

export function formatDate(timestamp: Timestamp | undefined): string {
  return timestamp ? date.format(timestampDate(timestamp)) : "";
}

/** The wall-clock parts of an instant in Swedish time. */
function stockholmParts(instant: Date): Record<string, number> {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== "literal").map((p) => [p.type, Number(p.value)]));
}

/** The value of an <input type="datetime-local"> for an instant, in Swedish time ("2026-12-07T14:05"). */
export function toLocalInputValue(instant: Date): string {
  const p = stockholmParts(instant);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The instant a Swedish wall-clock time ("2026-12-07T14:05", as datetime-local gives it) names. */
export function fromLocalInputValue(value: string): Timestamp {
  const [datePart, timePart] = value.split("T");
  const [year, month, day] = datePart.split("-").map(Number);
  const [hour, minute] = timePart.split(":").map(Number);
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // Stockholm's offset at that moment (CET +1 or CEST +2), found from the guess and corrected once.
  let instant = wallClock;
  for (let i = 0; i < 2; i++) {
    const p = stockholmParts(new Date(instant));
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
    instant += wallClock - shown;
  }
  return timestampFromDate(new Date(instant));
}

/** Today's date in Sweden ("2026-12-07"), as the services' date fields and <input type="date"> take it. */
export function swedishToday(): string {
  return toLocalInputValue(new Date()).slice(0, 10);
}
