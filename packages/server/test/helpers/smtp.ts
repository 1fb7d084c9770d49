// A real SMTP server for the tests (smtp-server), on a free local port: it keeps what it receives, and can refuse
// the next messages with a temporary error, as a mail server that is down or rate limiting would.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './nginx.js';

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  /** The messages accepted so far, parsed (mailparser), with the envelope's recipients. */
  received: { to: string[]; mail: ParsedMail }[];
  /** Refuse the next `n` messages with 451 (try again later). */
  refuseNext(n: number): void;
  /** Messages refused so far. */
  readonly refused: number;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: TestSmtp['received'] = [];
  let toRefuse = 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toRefuse > 0) {
          toRefuse--;
          refused++;
          const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (n) => {
      toRefuse = n;
    },
    get refused() {
      return refused;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
