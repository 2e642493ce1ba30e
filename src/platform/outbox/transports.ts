import nodemailer from 'nodemailer';
import type { Transport, Transports } from './outbox.js';

export type TransportSettings = {
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  smsUrl?: string | undefined;
  smsToken?: string | undefined;
};

/** Email over SMTP (nodemailer) and SMS through an HTTP gateway (POST JSON {to, text}); only those configured. */
export function createTransports(settings: TransportSettings): Transports {
  const transports: Transports = {};
  if (settings.smtpUrl) {
    const mailer = nodemailer.createTransport(settings.smtpUrl);
    const email: Transport = async (message) => {
      await mailer.sendMail({
        from: settings.mailFrom ?? 'motcua <no-reply@localhost>',
        to: message.recipient,
        subject: message.subject ?? message.topic,
        text: message.body,
        messageId: `<${message.id}@motcua>`,
      });
    };
    transports.email = email;
  }
  if (settings.smsUrl) {
    const url = settings.smsUrl;
    const sms: Transport = async (message) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.id,
          ...(settings.smsToken ? { authorization: `Bearer ${settings.smsToken}` } : {}),
        },
        body: JSON.stringify({ to: message.recipient, text: message.body, id: message.id }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    };
    transports.sms = sms;
  }
  return transports;
}
