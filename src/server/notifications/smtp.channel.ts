/** E-mail over SMTP with nodemailer: one connection per message, short timeouts. */
import nodemailer from 'nodemailer';
import type { Channel } from './channels.js';

/** The domain of the sender's address, for Message-IDs. */
function senderDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? 'relais.invalid';
}

export function smtpChannel(url: string, from: string): Channel {
  // The timeouts stay well under the worker's claim on a message (see outbox.worker.ts).
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  const domain = senderDomain(from);
  return {
    async send(message) {
      await transport.sendMail({
        from,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body_text,
        ...(message.body_html ? { html: message.body_html } : {}),
        // One Message-ID per outbox row: mail systems recognise the same message if it ever came twice.
        messageId: `<${message.id}@${domain}>`,
      });
      return 'sent';
    },
  };
}
