/** Dates as the public page writes them, in Europe/Paris: "3 mars 2026", "3 mars 2026 à 14:05". */
const PARIS = 'Europe/Paris';

export function publicDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: PARIS }).format(new Date(iso));
}

export function publicDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: PARIS }).format(
    new Date(iso),
  );
}

/** A calendar day (YYYY-MM-DD) has no time zone to convert. */
export function publicDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}
