/** Calendar days are those of Europe/Paris, where Relais's users work. */
const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Milliseconds Paris is ahead of UTC at a given instant (3600000 in winter, 7200000 in summer). */
function parisOffsetMs(instant: Date): number {
  const parts = Object.fromEntries(parisParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a Paris calendar day (YYYY-MM-DD) starts, as ISO-8601 UTC. */
export function parisDayStart(day: string): string {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const guess = new Date(utcMidnight.getTime() - parisOffsetMs(utcMidnight));
  // The offset at the guess is the one in force at the day's start, even on DST change days.
  return new Date(utcMidnight.getTime() - parisOffsetMs(guess)).toISOString();
}

/** The calendar day of an instant in Europe/Paris, YYYY-MM-DD. */
export function parisDay(instant: Date): string {
  const parts = Object.fromEntries(parisParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
