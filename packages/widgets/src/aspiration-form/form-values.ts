// The form's own model: what the inputs hold, and how it becomes the contract's AspirationInput and back.
import { type AspirationInput, type AspirationKind, parentRegionCode, regionLevelOf } from '@kim-kit/sdk';

/** Everything the form's inputs hold, as strings and booleans; `district` only narrows the village list. */
export interface AspirationFormValues {
  kind: AspirationKind | '';
  title: string;
  body: string;
  categoryId: string;
  district: string;
  regionCode: string;
  name: string;
  email: string;
  phone: string;
  anonymous: boolean;
  confidential: boolean;
  consent: boolean;
  /** Email news of the report to `email` (offered only once an email is given). */
  notify: boolean;
  /** The honeypot: people leave it empty, form-filling bots do not. */
  website: string;
}

/** A blank form. */
export function emptyFormValues(): AspirationFormValues {
  return {
    kind: '',
    title: '',
    body: '',
    categoryId: '',
    district: '',
    regionCode: '',
    name: '',
    email: '',
    phone: '',
    anonymous: false,
    confidential: false,
    consent: false,
    notify: false,
    website: '',
  };
}

const filled = (value: string): string | undefined => (value.trim() === '' ? undefined : value);

/**
 * The unvalidated submission built from the inputs. Blank optional fields are left out rather than sent empty,
 * so "no e-mail" is not mistaken for "an invalid e-mail"; the contract schema does the rest.
 */
export function toAspirationInput(values: AspirationFormValues): Record<string, unknown> {
  const reporter = { name: filled(values.name), email: filled(values.email), phone: filled(values.phone) };
  const hasReporter = Object.values(reporter).some((v) => v !== undefined);
  return dropUndefined({
    kind: values.kind === '' ? undefined : values.kind,
    title: filled(values.title),
    body: filled(values.body),
    categoryId: filled(values.categoryId),
    regionCode: filled(values.regionCode),
    reporter: hasReporter ? dropUndefined(reporter) : undefined,
    anonymous: values.anonymous,
    confidential: values.confidential,
    consent: values.consent,
    // Only with an address to write to: the choice is hidden (and dropped) while the email field is blank.
    notify: values.notify && reporter.email !== undefined ? true : undefined,
    website: values.website === '' ? undefined : values.website,
  });
}

/** Puts a submission back into the inputs (a queued one that the server later refused). */
export function fromAspirationInput(input: AspirationInput): AspirationFormValues {
  return {
    ...emptyFormValues(),
    kind: input.kind,
    title: input.title,
    body: input.body,
    categoryId: input.categoryId,
    district: districtOf(input.regionCode),
    regionCode: input.regionCode,
    name: input.reporter?.name ?? '',
    email: input.reporter?.email ?? '',
    phone: input.reporter?.phone ?? '',
    anonymous: input.anonymous ?? false,
    confidential: input.confidential ?? false,
    consent: input.consent === true,
    notify: input.notify === true,
  };
}

/** `19.71.01.1004` -> `19.71.01`; anything that is not a village code gives ''. */
export function districtOf(villageCode: string): string {
  return regionLevelOf(villageCode) === 'village' ? (parentRegionCode(villageCode) ?? '') : '';
}

function dropUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
