import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type TestSmtp = { url: string; mails: string[]; close(): Promise<void> };

/** A real SMTP server on 127.0.0.1 (any port, or the one given) that keeps every message it receives. */
export async function startSmtpServer(port = 0): Promise<TestSmtp> {
  const mails: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        mails.push(raw);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
