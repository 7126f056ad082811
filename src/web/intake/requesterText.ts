/**
 * The requester in one field, as an agent takes it down at the counter: the name and the e-mail
 * and/or phone number, in any order ("Jeanne Martin 06 12 34 56 78", "jeanne@example.org, Jeanne").
 */

export interface RequesterParts {
  name: string;
  email: string;
  phone: string;
}

const EMAIL = /[^\s,;<>()]+@[^\s,;<>()]+/;
/** Digits with the separators people write them with; the API's phone numbers have at least 6 characters. */
const PHONE = /\+?\(?\d[\d\s().-]*\d\)?/g;
const MIN_PHONE_DIGITS = 6;
/** What separates the parts once the contact is taken out: commas, brackets, a dash between spaces. */
const SEPARATORS = /[,;<>()]|\s[-–—]\s|^\s*[-–—]|[-–—]\s*$/g;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

export function parseRequester(text: string): RequesterParts {
  const email = EMAIL.exec(text)?.[0] ?? '';
  const rest = email ? text.replace(email, ' ') : text;
  // A street number or a floor is not a phone number: too few digits.
  const phone = (rest.match(PHONE) ?? []).find((candidate) => digitCount(candidate) >= MIN_PHONE_DIGITS) ?? '';
  const name = (phone ? rest.replace(phone, ' ') : rest).replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
  return { name, email, phone: phone.trim() };
}

/** The field's text for details known already (a requester found by the look-up). */
export function requesterText({ name, email, phone }: RequesterParts): string {
  return [name, email, phone].filter(Boolean).join(' ');
}

/** What the look-up searches for: the contact when there is one, as it tells people apart, else the name. */
export function lookUpQuery(parts: RequesterParts): string {
  return parts.email || parts.phone || parts.name;
}
