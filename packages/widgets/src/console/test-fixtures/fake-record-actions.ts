// The record actions of the fake inbox API beyond the status, as the server answers them: an official's question
// (`/questions`), and an information request's extension, decision and objection answer
// (`/information-request/{extension,decision,objection-answer}`), each at If-Match, with the contract's rules
// (once only, 1-7 days, a refusal names its ground, an objection answered once). Also the fixtures' follow-ups: a
// question answered by the reporter, a reopened report with its rating, and information requests with their register.
import {
  type AspirationAdminView,
  FOLLOW_UP_LIMITS,
  INFORMATION_REQUEST_LIMITS,
  type InformationRequestView,
  type Me,
  REFUSAL_GROUNDS,
} from '@kim-kit/sdk';

const DAY = 86_400_000;

const request = (a: AspirationAdminView, patch: Partial<InformationRequestView> = {}): InformationRequestView => ({
  registerNumber: `PPID/1971/2026/${a.id.slice(-6).replace(/\D/g, '0').padStart(6, '0')}`,
  purpose: 'Bahan penelitian skripsi tentang pelayanan publik di kelurahan.',
  informationRequested: `Salinan dokumen: ${a.title}.`,
  format: 'softcopy',
  delivery: 'email',
  extension: null,
  decision: null,
  objection: null,
  objectionOpenUntil: null,
  ...patch,
});

/**
 * The fixtures' follow-ups: information requests get their register (asp_0006 answered, with an objection awaiting
 * its answer); asp_0008 has an official's question and the reporter's answer; asp_0011 was resolved, rated 2 of 5
 * and reopened by the reporter.
 */
export function withFollowUps(list: AspirationAdminView[]): AspirationAdminView[] {
  const official = { id: 'usr_dinas_2', name: 'Siti Rahma' };
  for (const a of list) {
    const at = (hours: number) => new Date(Date.parse(a.updatedAt) + hours * 3_600_000).toISOString();
    const entry = (kind: AspirationAdminView['history'][number]['kind'], hours: number, more: object) => ({
      kind,
      status: a.status,
      at: at(hours),
      agency: null,
      note: null,
      internalNote: null,
      actor: null,
      ...more,
    });
    if (a.kind === 'information_request') a.informationRequest = request(a);
    if (a.id === 'asp_0006') {
      a.informationRequest = request(a, {
        decision: {
          outcome: 'resolved',
          at: a.updatedAt,
          text: 'Salinan data dikirim ke email pemohon.',
          ground: null,
        },
        objection: {
          reason: 'pasal-35-d',
          text: 'Data yang dikirim hanya untuk satu RW, bukan seluruh kelurahan.',
          submittedAt: at(24),
          dueAt: new Date(Date.parse(a.updatedAt) + 42 * DAY).toISOString(),
          answer: null,
          answeredAt: null,
        },
      });
      a.history.push(
        entry('objection', 24, {
          note: 'Permohonan ditanggapi tidak sebagaimana yang diminta',
          internalNote: 'Data yang dikirim hanya untuk satu RW, bukan seluruh kelurahan.',
        }),
      );
    }
    if (a.id === 'asp_0008') {
      a.history.push(
        entry('question', 2, { note: 'Jembatan itu di gang mana, dan sejak kapan mulai lapuk?', actor: official }),
        entry('reporter_answer', 5, { internalNote: 'Di Gang Melati, sejak musim hujan bulan lalu.' }),
      );
    }
    if (a.id === 'asp_0011') {
      a.history.push(
        entry('status', 1, { status: 'resolved', note: 'Usulan sudah dijadwalkan.', actor: official }),
        entry('rating', 2, { status: 'resolved', note: '2/5', internalNote: 'Belum ada tanggal pelatihan.' }),
        entry('reopened', 3, { internalNote: 'Pelatihan yang dijanjikan belum diadakan sampai sekarang.' }),
      );
    }
  }
  return list;
}

/** The view with the request's details, as the server answers a record read alone and the legal steps. */
export function withRequest(view: AspirationAdminView, record: AspirationAdminView): AspirationAdminView {
  return record.informationRequest ? { ...view, informationRequest: structuredClone(record.informationRequest) } : view;
}

export interface RecordActionDeps {
  me: Me;
  triages: boolean;
  view: (a: AspirationAdminView) => AspirationAdminView;
  json: (status: number, body: unknown, headers?: Record<string, string>) => Response;
  problem: (status: number, code: string, title: string, extra?: Record<string, unknown>) => Response;
}

const ACTION =
  /^\/v1\/admin\/aspirations\/([^/]+)\/(questions|information-request\/(extension|decision|objection-answer))$/;
const OPEN = ['received', 'verified', 'forwarded', 'in_progress'];

/** The answer to a record action, or `undefined` when the path is not one. */
export async function recordActionResponse(
  request: Request,
  path: string,
  aspirations: AspirationAdminView[],
  d: RecordActionDeps,
): Promise<Response | undefined> {
  const match = ACTION.exec(path);
  if (!match || request.method !== 'POST') return undefined;
  const a = aspirations.find((x) => x.id === decodeURIComponent(match[1]!));
  if (!a) return d.problem(404, 'not_found', 'Not Found');
  if (!d.triages) return d.problem(403, 'forbidden', 'Forbidden');
  const ifMatch = request.headers.get('if-match');
  if (!ifMatch) return d.problem(428, 'precondition_required', 'Precondition Required');
  if (ifMatch !== `"${a.version}"`) {
    return d.problem(412, 'precondition_failed', 'Precondition Failed', { current: d.view(a) });
  }
  const body = (await request.json()) as Record<string, unknown>;
  const invalid = (field: string, message: string) =>
    d.problem(422, 'validation_failed', 'Unprocessable Content', {
      errors: [{ path: field, code: 'custom', message }],
    });
  const refused = (detail: string) => d.problem(409, 'invalid_transition', 'Conflict', { detail });
  const text = (field: string, min: number) => {
    const value = typeof body[field] === 'string' ? (body[field] as string).trim() : '';
    return value.length >= min ? value : undefined;
  };
  const now = new Date().toISOString();
  const actor = { id: d.me.id, name: d.me.name };
  const push = (kind: AspirationAdminView['history'][number]['kind'], note: string | null) =>
    a.history.push({ kind, status: a.status, at: now, agency: null, note, internalNote: null, actor });
  const ir = a.kind === 'information_request' ? a.informationRequest : undefined;
  const step = match[3];
  if (!step) {
    const question = text('question', FOLLOW_UP_LIMITS.reason.min);
    if (!question) return invalid('question', `Minimal ${FOLLOW_UP_LIMITS.reason.min} karakter`);
    if (!OPEN.includes(a.status)) return refused('Aspirasi ini sudah selesai atau ditolak');
    push('question', question);
  } else if (!ir) {
    return d.problem(404, 'not_found', 'Not Found');
  } else if (step === 'extension') {
    const days = body.days;
    if (typeof days !== 'number' || days < 1 || days > INFORMATION_REQUEST_LIMITS.extensionDays.max) {
      return invalid('days', 'Perpanjangan paling lama 7 hari kerja (Pasal 22 ayat (8) UU 14/2008)');
    }
    const reason = text('reason', INFORMATION_REQUEST_LIMITS.reason.min);
    if (!reason) return invalid('reason', 'Minimal 10 karakter');
    if (ir.extension)
      return refused('Jangka waktu permohonan ini sudah pernah diperpanjang; perpanjangan hanya sekali');
    const previousDueAt = a.dueAt ?? now;
    const dueAt = new Date(Date.parse(previousDueAt) + days * DAY).toISOString();
    ir.extension = { at: now, days, reason, previousDueAt, dueAt };
    a.dueAt = dueAt;
    push('extension', reason);
  } else if (step === 'decision') {
    if (ir.decision || !OPEN.includes(a.status)) return refused('Permohonan informasi ini sudah dijawab atau ditolak');
    if (body.outcome === 'resolved') {
      const answer = text('answer', 1);
      if (!answer) return invalid('answer', 'Wajib diisi');
      ir.decision = { outcome: 'resolved', at: now, text: answer, ground: null };
    } else {
      if (!REFUSAL_GROUNDS.includes(body.ground as never)) return invalid('ground', 'Pilih dasar hukum penolakan');
      const reason = text('reason', INFORMATION_REQUEST_LIMITS.reason.min);
      if (!reason) return invalid('reason', 'Minimal 10 karakter');
      ir.decision = { outcome: 'rejected', at: now, text: reason, ground: body.ground as never };
    }
    a.status = ir.decision.outcome;
    a.dueAt = null;
    a.dueStage = null;
    a.overdue = false;
    ir.objectionOpenUntil = new Date(Date.now() + 42 * DAY).toISOString();
    push('status', ir.decision.text);
  } else {
    const answer = text('answer', 1);
    if (!answer) return invalid('answer', 'Wajib diisi');
    if (!ir.objection) return refused('Belum ada keberatan atas permohonan ini');
    if (ir.objection.answer) return refused('Keberatan ini sudah ditanggapi');
    ir.objection.answer = answer;
    ir.objection.answeredAt = now;
    push('objection_answer', answer);
  }
  a.version += 1;
  a.updatedAt = now;
  // The question is answered as the status change is (no request details); the legal steps with them.
  return d.json(step ? 200 : 201, step ? withRequest(d.view(a), a) : d.view(a), { etag: `"${a.version}"` });
}
