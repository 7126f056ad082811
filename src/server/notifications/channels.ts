/**
 * Channels carry outbox messages out: e-mail over SMTP, SMS through a provider's HTTP API. When one
 * is not configured (the embedded demo), its messages are kept instead: administrators read them in
 * "messages sent", and nothing leaves the machine.
 */
import type { MessageKind } from '../../core/notify.js';
import type { Config } from '../config.js';
import type { OutboxRow } from '../db/schema.js';
import { brevoSmsChannel } from './sms.channel.js';
import { smtpChannel } from './smtp.channel.js';

export interface Channel {
  /**
   * Sends one message: resolves 'sent' once the channel has taken it (or 'kept' for the keeping
   * channel), rejects when it did not take it; the worker then tries again later.
   */
  send(message: OutboxRow): Promise<'sent' | 'kept'>;
}

/** The channel of each kind of message a worker sends; kinds without one stay in the outbox. */
export type Channels = Partial<Record<MessageKind, Channel>>;

export const keepingChannel: Channel = { send: async () => 'kept' };

export function channelsFromConfig(config: Config): Channels {
  return {
    email: config.smtpUrl ? smtpChannel(config.smtpUrl, config.mailFrom) : keepingChannel,
    sms: config.sms.apiKey
      ? brevoSmsChannel({ url: config.sms.url, apiKey: config.sms.apiKey, sender: config.sms.sender })
      : keepingChannel,
  };
}
