/**
 * SMS through Brevo's transactional SMS API (POST {SMS_URL}/transactionalSMS/send, header api-key,
 * JSON {sender, recipient, content, type}). Another provider is another function returning a Channel.
 */
import type { Channel } from './channels.js';

export interface SmsProviderConfig {
  /** Base URL of the API, e.g. https://api.brevo.com/v3 */
  url: string;
  apiKey: string;
  /** 3 to 11 letters or digits, shown as the sender. */
  sender: string;
}

const TIMEOUT_MS = 15_000;

/**
 * A phone number as SMS APIs want it: digits with the country code, no plus ("33612345678").
 * French national numbers (10 digits starting with 0) get the 33 prefix.
 */
export function internationalNumber(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+')) return digits.slice(1);
  if (digits.startsWith('00')) return digits.slice(2);
  if (/^0[1-9][0-9]{8}$/.test(digits)) return `33${digits.slice(1)}`;
  return digits;
}

export function brevoSmsChannel(config: SmsProviderConfig): Channel {
  return {
    async send(message) {
      const response = await fetch(`${config.url}/transactionalSMS/send`, {
        method: 'POST',
        headers: { 'api-key': config.apiKey, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          sender: config.sender,
          recipient: internationalNumber(message.recipient),
          content: message.body_text,
          type: 'transactional',
          unicodeEnabled: true,
        }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) {
        const detail = (await response.text()).slice(0, 300);
        throw new Error(`SMS provider answered ${response.status}: ${detail}`);
      }
      return 'sent';
    },
  };
}
