import type * as Nodemailer from 'nodemailer';
import { lazyPackage } from '../lazy-package.js';
import type { Transport, Transports } from './outbox.js';

const nodemailer = lazyPackage<typeof Nodemailer>('nodemailer');

export type TransportSettings = {
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  smsUrl?: string | undefined;
  smsToken?: string | undefined;
  /** How long one send may take before it counts as failed (a gateway that hangs). */
  timeoutMs?: number | undefined;
};

/** Email over SMTP (nodemailer) and SMS through an HTTP gateway (POST JSON {to, text}); only those configured. */
export function createTransports(settings: TransportSettings): Transports {
  const transports: Transports = {};
  if (settings.smtpUrl) {
    const timeout = settings.timeoutMs ?? 10_000;
    // A server that accepts the connection and then says nothing fails the attempt, not the dispatcher.
    const mailer = nodemailer().createTransport({
      url: settings.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: 3 * timeout,
    } as Parameters<ReturnType<typeof nodemailer>['createTransport']>[0]);
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
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      }).catch((error: unknown) => {
        // "fetch failed" says nothing: name the cause (ECONNREFUSED, a timeout) for the administrator.
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const reason = (error as Error).name === 'TimeoutError' ? 'no answer in time' : (cause?.code ?? cause?.message ?? String(error));
        throw new Error(`SMS gateway unreachable: ${reason}`);
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    };
    transports.sms = sms;
  }
  return transports;
}
