// The wording of notification emails: formal Indonesian (English when the submission was in English), each as plain
// text and HTML. A message carries only what its recipient may read: the reporter gets the status and the public
// note (never the internal note); officials get the tracking code, category and title (none when confidential), never
// the reporter's data.
import type { AspirationStatus, Language } from '@kim-kit/sdk/schemas';
import { escapeHtml } from '../site/html.js';
import type { OutboxMessage } from '../storage/storage.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export interface MessageLinks {
  /** Where the public follows an aspiration; `{code}` is replaced by the tracking code. */
  tracker: string;
  /** The officials' console. */
  console: string;
}

const STATUS: Record<Language, Record<AspirationStatus, string>> = {
  id: {
    received: 'Diterima',
    verified: 'Diverifikasi',
    forwarded: 'Diteruskan ke perangkat daerah',
    in_progress: 'Sedang ditindaklanjuti',
    resolved: 'Selesai',
    rejected: 'Ditolak',
  },
  en: {
    received: 'Received',
    verified: 'Verified',
    forwarded: 'Forwarded to the responsible office',
    in_progress: 'In progress',
    resolved: 'Resolved',
    rejected: 'Rejected',
  },
};

const WORDS = {
  id: {
    statusSubject: (code: string, status: string) => `Status laporan ${code}: ${status}`,
    forwardedTo: (agency: string) => `Diteruskan ke ${agency}`,
    greeting: 'Yth. Pelapor,',
    statusIntro: (code: string) => `status laporan Anda dengan kode lacak ${code} telah diperbarui.`,
    status: 'Status',
    note: 'Keterangan petugas',
    follow: 'Ikuti perkembangan laporan Anda di',
    codeHint: (code: string) => `dengan kode lacak ${code}.`,
    why: 'Anda menerima email ini karena meminta pemberitahuan saat mengirim laporan.',
    newSubject: (code: string) => `Laporan baru ${code} di wilayah Anda`,
    overdueSubject: (code: string) => `Laporan ${code} melewati batas waktu`,
    officials: 'Yth. Bapak/Ibu Petugas,',
    newIntro: (code: string) => `laporan baru dengan kode lacak ${code} telah diterima di wilayah Anda.`,
    overdueIntro: (code: string, due: string) =>
      `laporan dengan kode lacak ${code} belum selesai ditindaklanjuti dan telah melewati batas waktu ${due}.`,
    category: 'Kategori',
    title: 'Judul',
    confidential: 'Laporan ini bersifat rahasia; isinya dapat dibaca di konsol.',
    open: 'Buka konsol untuk menindaklanjutinya:',
    officialsWhy: 'Anda menerima email ini sebagai petugas dinas yang membawahi wilayah laporan.',
    signature: 'Hormat kami,\nKelompok Informasi Masyarakat',
  },
  en: {
    statusSubject: (code: string, status: string) => `Report ${code}: ${status}`,
    forwardedTo: (agency: string) => `Forwarded to ${agency}`,
    greeting: 'Dear reporter,',
    statusIntro: (code: string) => `the status of your report with tracking code ${code} has changed.`,
    status: 'Status',
    note: "Officer's note",
    follow: 'Follow your report at',
    codeHint: (code: string) => `with tracking code ${code}.`,
    why: 'You receive this email because you asked to be notified when you sent your report.',
    newSubject: (code: string) => `New report ${code} in your region`,
    overdueSubject: (code: string) => `Report ${code} is overdue`,
    officials: 'Dear officer,',
    newIntro: (code: string) => `a new report with tracking code ${code} was received in your region.`,
    overdueIntro: (code: string, due: string) =>
      `the report with tracking code ${code} has not been resolved and passed its due date, ${due}.`,
    category: 'Category',
    title: 'Title',
    confidential: 'This report is confidential; read it in the console.',
    open: 'Open the console to act on it:',
    officialsWhy: 'You receive this email as the official responsible for the region of the report.',
    signature: 'Regards,\nKelompok Informasi Masyarakat (community information group)',
  },
} as const;

export const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The tracker's address for a code: `{code}` in the configured URL is replaced, URL-encoded. */
export const trackerLink = (template: string, code: string) =>
  template.includes('{code}') ? template.replaceAll('{code}', encodeURIComponent(code)) : template;

/** A message as a list of paragraphs, each of text and links, rendered to plain text and to HTML from one source. */
type Part = string | { href: string };
export type Paragraph = Part[] | { label: string; value: string };

export function render(subject: string, language: Language, paragraphs: Paragraph[]): RenderedMail {
  const text = paragraphs
    .map((p) =>
      Array.isArray(p)
        ? p.map((part) => (typeof part === 'string' ? part : part.href)).join(' ')
        : `${p.label}: ${p.value}`,
    )
    .join('\n\n');
  const body = paragraphs
    .map((p) => {
      if (!Array.isArray(p)) return `<p><strong>${escapeHtml(p.label)}:</strong> ${escapeHtml(p.value)}</p>`;
      const inner = p
        .map((part) =>
          typeof part === 'string'
            ? escapeHtml(part).replaceAll('\n', '<br>')
            : `<a href="${escapeHtml(part.href)}">${escapeHtml(part.href)}</a>`,
        )
        .join(' ');
      return `<p>${inner}</p>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40rem">
${body}
</body>
</html>
`;
  return { subject, text: `${text}\n`, html };
}

/** The email of an outbox message, or `undefined` for a topic without one (which the dispatcher marks failed). */
export function renderMessage(message: OutboxMessage, links: MessageLinks): RenderedMail | undefined {
  const language = message.language;
  const w = WORDS[language];
  const code = str(message.payload.trackingCode);
  if (code === null) return undefined;
  if (message.topic === 'aspiration.status') {
    const known = STATUS[language][message.payload.status as AspirationStatus];
    if (known === undefined) return undefined;
    const agency = str(message.payload.agency);
    const status = message.payload.status === 'forwarded' && agency !== null ? w.forwardedTo(agency) : known;
    const note = str(message.payload.note);
    const paragraphs: Paragraph[] = [[w.greeting], [w.statusIntro(code)], { label: w.status, value: status }];
    if (note !== null) paragraphs.push({ label: w.note, value: note });
    paragraphs.push([w.follow, { href: trackerLink(links.tracker, code) }, w.codeHint(code)], [w.why], [w.signature]);
    return render(w.statusSubject(code, status), language, paragraphs);
  }
  // The reporter's confirmation of a new aspiration has its own wording (submission-confirmation.ts).
  if (message.payload.audience !== undefined) return undefined;
  const overdue = message.topic === 'aspiration.overdue';
  const due = str(message.payload.dueDate);
  if (overdue && due === null) return undefined;
  const paragraphs: Paragraph[] = [[w.officials], [overdue ? w.overdueIntro(code, due ?? '') : w.newIntro(code)]];
  const category = str(message.payload.category);
  if (category !== null) paragraphs.push({ label: w.category, value: category });
  const title = str(message.payload.title);
  paragraphs.push(title === null ? [w.confidential] : { label: w.title, value: title });
  paragraphs.push([w.open, { href: links.console }], [w.officialsWhy], [w.signature]);
  return render(overdue ? w.overdueSubject(code) : w.newSubject(code), language, paragraphs);
}
