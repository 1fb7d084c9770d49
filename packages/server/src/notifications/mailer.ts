// How an email leaves the server: SMTP through nodemailer, or nowhere until SMTP is configured.
import { createTransport } from 'nodemailer';

export interface OutgoingMail {
  /** `<out_…@host>`: derived from the outbox row, the same on every attempt, so a resend is recognisable. */
  messageId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects with its refusal otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A mailer over SMTP: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. The pool keeps a few
 * connections open between messages; a refusal (4xx, 5xx) or a lost connection rejects that send only.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url, { from });
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}

/** The host part of a From address (`KIM <noreply@kim.example.go.id>` gives `kim.example.go.id`), for Message-IDs. */
export function mailDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'kim-kit.invalid';
}
