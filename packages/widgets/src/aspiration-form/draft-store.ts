// Keeps what the citizen has typed so a reload, a crash or a closed tab does not lose it.
import { readJson, removeItem, storageOrMemory, writeJson } from './browser-storage.js';
import { type AspirationFormValues, emptyFormValues } from './form-values.js';

const CONTENT_FIELDS = ['kind', 'title', 'body', 'categoryId', 'district', 'regionCode'] as const;
const SWITCH_FIELDS = ['anonymous', 'confidential'] as const;
const CONTACT_FIELDS = ['name', 'email', 'phone'] as const;
/** Kept beside the contact details: the opt-in to email news belongs to the email address. */
const CONTACT_SWITCHES = ['notify'] as const;

/** The part of the form a draft restores. Consent and the honeypot are never part of it. */
export type AspirationDraft = Partial<Omit<AspirationFormValues, 'consent' | 'website'>>;

/** Where drafts go; by default the page's Web Storage, or page memory where it is unavailable. */
export interface DraftStoreOptions {
  /** Holds the aspiration's content; survives the browser being closed. @default localStorage (else page memory) */
  content?: Storage;
  /** Holds the reporter's name, e-mail and phone; gone when the tab closes. @default sessionStorage (else page memory) */
  contact?: Storage;
  /** Quiet time after the last keystroke before writing. @default 400 */
  delayMs?: number;
}

/**
 * A debounced draft of one form, keyed by scope (which API, which region), split in two by sensitivity:
 * the content goes to localStorage, the reporter's contact details only to sessionStorage (UU 27/2022:
 * personal data kept no longer than the page is in use).
 */
export class DraftStore {
  readonly #contentKey: string;
  readonly #contactKey: string;
  readonly #content: Storage;
  readonly #contact: Storage;
  readonly #delayMs: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: AspirationFormValues | undefined;

  constructor(scope: string, options: DraftStoreOptions = {}) {
    this.#contentKey = `kim-kit:aspiration-draft:v1:${scope}`;
    this.#contactKey = `kim-kit:aspiration-contact:v1:${scope}`;
    this.#content = options.content ?? storageOrMemory('localStorage');
    this.#contact = options.contact ?? storageOrMemory('sessionStorage');
    this.#delayMs = options.delayMs ?? 400;
  }

  /** The saved draft, or undefined when there is none (or it cannot be read). */
  load(): AspirationDraft | undefined {
    const draft: AspirationDraft = {};
    const content = readJson(this.#content, this.#contentKey);
    const contact = readJson(this.#contact, this.#contactKey);
    if (isRecord(content)) {
      for (const field of CONTENT_FIELDS)
        if (typeof content[field] === 'string') draft[field] = content[field] as never;
      for (const field of SWITCH_FIELDS) if (typeof content[field] === 'boolean') draft[field] = content[field];
    }
    if (isRecord(contact)) {
      for (const field of CONTACT_FIELDS) if (typeof contact[field] === 'string') draft[field] = contact[field];
      for (const field of CONTACT_SWITCHES) if (typeof contact[field] === 'boolean') draft[field] = contact[field];
    }
    return Object.keys(draft).length > 0 ? draft : undefined;
  }

  /** Schedules a write of these values; later calls within the delay replace earlier ones. */
  save(values: AspirationFormValues): void {
    this.#pending = { ...values };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delayMs);
  }

  /** Writes a scheduled draft now (on disconnect, on pagehide, before sending). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const values = this.#pending;
    this.#pending = undefined;
    if (!values) return;
    const blank = emptyFormValues();
    const content = pick(values, [...CONTENT_FIELDS, ...SWITCH_FIELDS]);
    const contact = pick(values, [...CONTACT_FIELDS, ...CONTACT_SWITCHES]);
    if (isUnchanged(content, blank)) removeItem(this.#content, this.#contentKey);
    else writeJson(this.#content, this.#contentKey, content);
    if (isUnchanged(contact, blank)) removeItem(this.#contact, this.#contactKey);
    else writeJson(this.#contact, this.#contactKey, contact);
  }

  /** Takes the draft of `other` (the store of another scope) when this one has none, and empties `other`. */
  moveFrom(other: DraftStore): void {
    const draft = other.load();
    if (!draft) return;
    if (!this.load()) {
      this.#pending = { ...emptyFormValues(), ...draft };
      this.flush();
    }
    other.clear();
  }

  /** Forgets the draft, including a write not yet made. */
  clear(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = undefined;
    removeItem(this.#content, this.#contentKey);
    removeItem(this.#contact, this.#contactKey);
  }
}

function pick<K extends keyof AspirationFormValues>(values: AspirationFormValues, keys: readonly K[]) {
  return Object.fromEntries(keys.map((k) => [k, values[k]])) as Pick<AspirationFormValues, K>;
}

function isUnchanged(part: Partial<AspirationFormValues>, blank: AspirationFormValues): boolean {
  return Object.entries(part).every(([k, v]) => blank[k as keyof AspirationFormValues] === v);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
