// Requests for public information under UU 14/2008 (Keterbukaan Informasi Publik): what the requester gives, the
// register number, the legal course (extension, answer or written refusal with its legal ground), the objection
// (keberatan) and the public register. The one place these rules live; the server and the widgets import them.
import * as z from 'zod/mini';
import { Timestamp } from './common.js';
import type { LocalizedText } from './language.js';
import { withMessage } from './validation-messages.js';

export const INFORMATION_REQUEST_LIMITS = {
  purpose: { min: 10, max: 1000 },
  informationRequested: { min: 10, max: 2000 },
  /** The reason of an extension, a refusal or an objection. */
  reason: { min: 10, max: 1000 },
  answer: { min: 1, max: 5000 },
  /** UU 14/2008 art. 22(8): once, by at most 7 working days. */
  extensionDays: { min: 1, max: 7 },
  /** Working days after the answer, refusal or missed deadline in which an objection may be filed (art. 36(1)). */
  objectionWindowDays: 30,
  /** Working days the superior of the PPID has to answer an objection (art. 36(2)). */
  objectionResponseDays: 30,
} as const;

/** How the requester wants the information: an electronic copy or a printed one (Perki 1/2021 form). */
export const INFORMATION_FORMATS = ['softcopy', 'hardcopy'] as const;
export const InformationFormat = z.enum(INFORMATION_FORMATS).check(z.meta({ id: 'InformationFormat' }));
export type InformationFormat = z.infer<typeof InformationFormat>;

/** How the copy reaches the requester, as PPID request forms offer it (taken in person, courier, post, fax, email). */
export const INFORMATION_DELIVERIES = ['pickup', 'courier', 'post', 'fax', 'email'] as const;
export const InformationDelivery = z.enum(INFORMATION_DELIVERIES).check(z.meta({ id: 'InformationDelivery' }));
export type InformationDelivery = z.infer<typeof InformationDelivery>;

export const INFORMATION_FORMAT_LABELS: Readonly<Record<InformationFormat, LocalizedText>> = {
  softcopy: { id: 'Salinan elektronik (softcopy)', en: 'Electronic copy (softcopy)' },
  hardcopy: { id: 'Salinan cetak (hardcopy)', en: 'Printed copy (hardcopy)' },
};

export const INFORMATION_DELIVERY_LABELS: Readonly<Record<InformationDelivery, LocalizedText>> = {
  pickup: { id: 'Mengambil langsung', en: 'Pick up in person' },
  courier: { id: 'Kurir', en: 'Courier' },
  post: { id: 'Pos', en: 'Post' },
  fax: { id: 'Faksimile', en: 'Fax' },
  email: { id: 'Email', en: 'Email' },
};

/**
 * The register number of an information request: `PPID/<regency or city code>/<year>/<sequence>`, the sequence
 * counted per regency or city and year from 1.
 * @example 'PPID/1971/2026/000123'
 */
export const RegisterNumber = z.string().check(
  withMessage(z.regex(/^PPID\/\d{4}\/\d{4}\/\d{6,}$/), {
    id: 'Nomor register tidak valid, contoh: PPID/1971/2026/000123',
    en: 'Invalid register number, e.g. PPID/1971/2026/000123',
  }),
  z.meta({ id: 'RegisterNumber' }),
);

/** The regency or city part of a register number: `19.71.01.1004` gives `1971`. */
export const registerRegionOf = (regionCode: string): string => regionCode.slice(0, 5).replace('.', '');

/** Formats a register number from its parts. */
export const formatRegisterNumber = (region: string, year: number, sequence: number): string =>
  `PPID/${region}/${year}/${String(sequence).padStart(6, '0')}`;

/**
 * The legal grounds of a written refusal: the exemptions of UU 14/2008 art. 17 (a to j), and information the body
 * does not hold or has not documented (art. 6(3) e, art. 22(7)).
 */
export const REFUSAL_GROUND_LABELS = {
  'pasal-17-a': {
    id: 'Pasal 17 huruf a: menghambat proses penegakan hukum',
    en: 'Art. 17(a): would obstruct law enforcement',
  },
  'pasal-17-b': {
    id: 'Pasal 17 huruf b: mengganggu perlindungan hak atas kekayaan intelektual dan persaingan usaha yang sehat',
    en: 'Art. 17(b): would harm intellectual property rights or fair competition',
  },
  'pasal-17-c': {
    id: 'Pasal 17 huruf c: membahayakan pertahanan dan keamanan negara',
    en: 'Art. 17(c): would endanger national defence and security',
  },
  'pasal-17-d': {
    id: 'Pasal 17 huruf d: mengungkapkan kekayaan alam Indonesia',
    en: 'Art. 17(d): would reveal Indonesia’s natural resources',
  },
  'pasal-17-e': {
    id: 'Pasal 17 huruf e: merugikan ketahanan ekonomi nasional',
    en: 'Art. 17(e): would harm national economic resilience',
  },
  'pasal-17-f': {
    id: 'Pasal 17 huruf f: merugikan kepentingan hubungan luar negeri',
    en: 'Art. 17(f): would harm foreign relations',
  },
  'pasal-17-g': {
    id: 'Pasal 17 huruf g: mengungkapkan isi akta otentik yang bersifat pribadi dan wasiat seseorang',
    en: 'Art. 17(g): would reveal a private authentic deed or a will',
  },
  'pasal-17-h': { id: 'Pasal 17 huruf h: mengungkap rahasia pribadi', en: 'Art. 17(h): would reveal personal secrets' },
  'pasal-17-i': {
    id: 'Pasal 17 huruf i: memorandum atau surat antar atau intra Badan Publik yang menurut sifatnya dirahasiakan',
    en: 'Art. 17(i): memoranda or letters between or within public bodies that are confidential by nature',
  },
  'pasal-17-j': {
    id: 'Pasal 17 huruf j: informasi yang tidak boleh diungkapkan berdasarkan undang-undang',
    en: 'Art. 17(j): information an act of parliament forbids disclosing',
  },
  'tidak-dikuasai': {
    id: 'Informasi tidak dikuasai atau belum didokumentasikan (Pasal 6 ayat (3) huruf e, Pasal 22 ayat (7))',
    en: 'The information is not held or not yet documented (art. 6(3)(e), art. 22(7))',
  },
} as const satisfies Record<RefusalGround, LocalizedText>;
/** The ids of the legal grounds; listed apart from their labels so that a bundle of the schemas carries no labels. */
export const REFUSAL_GROUNDS = [
  'pasal-17-a',
  'pasal-17-b',
  'pasal-17-c',
  'pasal-17-d',
  'pasal-17-e',
  'pasal-17-f',
  'pasal-17-g',
  'pasal-17-h',
  'pasal-17-i',
  'pasal-17-j',
  'tidak-dikuasai',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const RefusalGround = z.enum(REFUSAL_GROUNDS).check(z.meta({ id: 'RefusalGround' }));

/** The reasons an objection may give: UU 14/2008 art. 35(1) a to g. */
export const OBJECTION_REASON_LABELS = {
  'pasal-35-a': {
    id: 'Permohonan ditolak dengan alasan pengecualian Pasal 17',
    en: 'The request was refused on an exemption of art. 17',
  },
  'pasal-35-b': { id: 'Informasi berkala tidak disediakan', en: 'Periodic information is not provided' },
  'pasal-35-c': { id: 'Permohonan informasi tidak ditanggapi', en: 'The request was not responded to' },
  'pasal-35-d': {
    id: 'Permohonan ditanggapi tidak sebagaimana yang diminta',
    en: 'The response does not match what was requested',
  },
  'pasal-35-e': { id: 'Permohonan informasi tidak dipenuhi', en: 'The request was not fulfilled' },
  'pasal-35-f': { id: 'Pengenaan biaya yang tidak wajar', en: 'An unreasonable fee was charged' },
  'pasal-35-g': {
    id: 'Penyampaian informasi melebihi waktu yang diatur',
    en: 'The information was delivered later than the law allows',
  },
} as const satisfies Record<ObjectionReason, LocalizedText>;
/** The ids of the reasons, apart from their labels (see REFUSAL_GROUNDS). */
export const OBJECTION_REASONS = [
  'pasal-35-a',
  'pasal-35-b',
  'pasal-35-c',
  'pasal-35-d',
  'pasal-35-e',
  'pasal-35-f',
  'pasal-35-g',
] as const;
export type ObjectionReason = (typeof OBJECTION_REASONS)[number];
export const ObjectionReason = z.enum(OBJECTION_REASONS).check(z.meta({ id: 'ObjectionReason' }));

/** The extension of a request's deadline, once granted. */
export const InformationRequestExtension = z
  .object({
    at: Timestamp,
    days: z.number().check(z.int(), z.positive()),
    reason: z.string(),
    /** The deadline before the extension. */
    previousDueAt: Timestamp,
    dueAt: Timestamp,
  })
  .check(z.meta({ id: 'InformationRequestExtension' }));
export type InformationRequestExtension = z.infer<typeof InformationRequestExtension>;

/** How a request ended: the answer, or the refusal with its legal ground. */
export const InformationRequestDecision = z
  .object({
    outcome: z.enum(['resolved', 'rejected']),
    at: Timestamp,
    /** The answer (`resolved`) or the explanation of the refusal (`rejected`). */
    text: z.string(),
    /** For a refusal: its legal ground (`REFUSAL_GROUND_LABELS` gives the words). */
    ground: z.nullable(RefusalGround),
  })
  .check(z.meta({ id: 'InformationRequestDecision' }));
export type InformationRequestDecision = z.infer<typeof InformationRequestDecision>;

/** A requester's objection (keberatan) and, once given, the answer of the superior of the PPID. */
export const InformationObjection = z
  .object({
    reason: ObjectionReason,
    text: z.string(),
    submittedAt: Timestamp,
    /** 30 working days after it was filed (art. 36(2)). */
    dueAt: Timestamp,
    answer: z.nullable(z.string()),
    answeredAt: z.nullable(Timestamp),
  })
  .check(z.meta({ id: 'InformationObjection' }));
export type InformationObjection = z.infer<typeof InformationObjection>;

/** What an information request adds to the tracker and the officials' record. */
export const InformationRequestView = z
  .object({
    registerNumber: RegisterNumber,
    /** Absent on the tracker of a confidential request. */
    informationRequested: z.optional(z.string()),
    /** Officials only. */
    purpose: z.optional(z.string()),
    format: InformationFormat,
    delivery: InformationDelivery,
    extension: z.nullable(InformationRequestExtension),
    decision: z.nullable(InformationRequestDecision),
    objection: z.nullable(InformationObjection),
    /** Until when an objection may be filed; `null` while none may be yet (or any more). */
    objectionOpenUntil: z.nullable(Timestamp),
  })
  .check(z.meta({ id: 'InformationRequestView' }));
export type InformationRequestView = z.infer<typeof InformationRequestView>;
