// The reporter's submission confirmation: the first email a reporter who opted in receives, and the only one that
// carries the follow-up secret. The secret is never in the outbox: the row holds the tracking code, and the dispatcher
// derives the secret again from the server's follow-up key when it sends (FollowUpSecrets.reissue), only while it
// still matches the hash stored with the aspiration. Later status emails never carry it.
import type { AspirationKind, Language } from '@kim-kit/sdk/schemas';
import type { FollowUpSecrets } from '../aspirations/follow-up-secret.js';
import type { OutboxMessage, Storage } from '../storage/storage.js';
import { type MessageLinks, type Paragraph, type RenderedMail, render, str, trackerLink } from './messages.js';

/** The `audience` of a `aspiration.received` email row addressed to the reporter (officials' rows have none). */
export const REPORTER_AUDIENCE = 'reporter';

/** Whether an outbox email is the reporter's submission confirmation. */
export const isSubmissionConfirmation = (message: OutboxMessage) =>
  message.topic === 'aspiration.received' && message.payload.audience === REPORTER_AUDIENCE;

const WORDS = {
  id: {
    noun: (kind: AspirationKind | undefined) => (kind === 'information_request' ? 'permohonan informasi' : 'laporan'),
    subject: (noun: string, code: string) => `${capitalize(noun)} ${code} telah diterima`,
    greeting: (kind: AspirationKind | undefined) =>
      kind === 'information_request' ? 'Yth. Pemohon,' : 'Yth. Pelapor,',
    intro: (noun: string) => `${noun} Anda telah kami terima dan akan segera diperiksa petugas.`,
    trackingCode: 'Kode lacak',
    secret: 'Kode rahasia tindak lanjut',
    keep:
      'Simpan kode ini. Dengan kode lacak dan kode rahasia, Anda dapat menambahkan informasi, menjawab pertanyaan ' +
      'petugas, menilai jawaban, dan membuka kembali laporan. Kode rahasia hanya dikirim sekali, dalam email ini. ' +
      'Jangan berikan kode rahasia kepada siapa pun; petugas tidak akan pernah memintanya.',
    noSecret: 'Kode rahasia tindak lanjut ditampilkan pada tanda terima saat Anda mengirim laporan.',
    follow: 'Ikuti perkembangan laporan Anda di',
    codeHint: (code: string) => `dengan kode lacak ${code}.`,
    why:
      'Anda menerima email ini karena meminta pemberitahuan saat mengirim laporan. Kami akan mengirim email lagi ' +
      'setiap kali status laporan berubah.',
    signature: 'Hormat kami,\nKelompok Informasi Masyarakat',
  },
  en: {
    noun: (kind: AspirationKind | undefined) => (kind === 'information_request' ? 'request for information' : 'report'),
    subject: (noun: string, code: string) => `${capitalize(noun)} ${code} received`,
    greeting: (kind: AspirationKind | undefined) =>
      kind === 'information_request' ? 'Dear applicant,' : 'Dear reporter,',
    intro: (noun: string) => `we have received your ${noun}; an official will look at it soon.`,
    trackingCode: 'Tracking code',
    secret: 'Follow-up secret',
    keep:
      'Keep this code. With the tracking code and the secret you can add information, answer an official\u2019s ' +
      'question, rate the answer and reopen the report. The secret is sent only once, in this email. Do not share ' +
      'the secret with anyone; officials will never ask for it.',
    noSecret: 'Your follow-up secret was shown on the receipt when you sent your report.',
    follow: 'Follow your report at',
    codeHint: (code: string) => `with tracking code ${code}.`,
    why:
      'You receive this email because you asked to be notified when you sent your report. We will email you again ' +
      'each time its status changes.',
    signature: 'Regards,\nKelompok Informasi Masyarakat (community information group)',
  },
} as const;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the confirmation needs beyond its outbox row, read when it is sent. */
export interface ConfirmationDetails {
  /** The follow-up secret, grouped (`K7QD-9XMP-2HRT-V4CW-8NZE`); absent when it can no longer be derived. */
  secret?: string;
  /** Whether the aspiration has a secret at all (one recorded through a KIM has none): `false` says nothing of one. */
  hasSecret?: boolean;
  kind?: AspirationKind;
}

/**
 * Reads what the confirmation of `message` needs: the aspiration's kind and its follow-up secret, derived again from
 * the key and shown only when it still matches the stored hash (a changed key, or no secrets at all, gives none).
 */
export async function confirmationDetails(
  storage: Storage,
  secrets: FollowUpSecrets | undefined,
  message: OutboxMessage,
): Promise<ConfirmationDetails> {
  const code = str(message.payload.trackingCode);
  const target = code === null ? undefined : await storage.getFollowUpTarget(code);
  if (!target || target.id !== message.aspirationId) return {};
  const secret = secrets?.reissue(target.id, target.followUpSecretHash);
  return { kind: target.kind, hasSecret: target.followUpSecretHash !== null, ...(secret !== undefined && { secret }) };
}

/** The confirmation email, or `undefined` without a tracking code. */
export function renderSubmissionConfirmation(
  message: OutboxMessage,
  links: MessageLinks,
  details: ConfirmationDetails,
): RenderedMail | undefined {
  const language: Language = message.language;
  const w = WORDS[language];
  const code = str(message.payload.trackingCode);
  if (code === null) return undefined;
  const noun = w.noun(details.kind);
  const paragraphs: Paragraph[] = [
    [w.greeting(details.kind)],
    [capitalize(w.intro(noun))],
    { label: w.trackingCode, value: code },
  ];
  if (details.secret !== undefined) paragraphs.push({ label: w.secret, value: details.secret }, [w.keep]);
  else if (details.hasSecret !== false) paragraphs.push([w.noSecret]);
  paragraphs.push([w.follow, { href: trackerLink(links.tracker, code) }, w.codeHint(code)], [w.why], [w.signature]);
  return render(w.subject(noun, code), language, paragraphs);
}
