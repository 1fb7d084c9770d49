// Turns the contract schema's issues and the server's 422 field errors into one problem per field, and words each
// problem for its field as GOV.UK does ("Masukkan judul laporan.", not "Wajib diisi.").
import type { FieldError } from '@kim-kit/sdk';
import type { AspirationFormErrors, AspirationFormField } from '../locales/types.js';

/** The form's fields, named by their dotted path in AspirationInput. */
export const FORM_FIELDS = [
  'kind',
  'title',
  'body',
  'categoryId',
  'regionCode',
  'reporter.name',
  'reporter.email',
  'reporter.phone',
  'consent',
  'website',
] as const satisfies readonly AspirationFormField[];
export type FormField = AspirationFormField;

/** What is wrong with a field, without words: the form picks the localized sentence. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'tooShort'; min: number }
  | { kind: 'tooLong'; max: number }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'consent' }
  | { kind: 'choice' }
  | { kind: 'invalid' }
  /** The server refused the value; its own wording is kept for the console, not shown. */
  | { kind: 'rejected'; serverMessage: string };

/** Problems by field, in form order; `form` holds what belongs to no single field. */
export interface FormProblems {
  fields: Partial<Record<FormField, FieldProblem>>;
  form: FieldProblem[];
}

/** The subset of a zod issue this mapping reads (zod/mini's `$ZodIssue`). */
export interface SchemaIssue {
  code?: string;
  path: readonly PropertyKey[];
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
}

const CHOICE_FIELDS: readonly FormField[] = ['kind', 'categoryId', 'regionCode'];

/** Maps `AspirationInput.safeParse(...).error.issues`; the first issue of a field wins. */
export function problemsFromIssues(issues: readonly SchemaIssue[]): FormProblems {
  const problems: FormProblems = { fields: {}, form: [] };
  for (const issue of issues) {
    const field = toFormField(issue.path.map(String).join('.'));
    const problem = describeIssue(issue, field);
    if (!field) problems.form.push(problem);
    else problems.fields[field] ??= problem;
  }
  return problems;
}

/** Maps a 422's `fieldErrors` (dotted paths) onto the same fields. */
export function problemsFromFieldErrors(errors: readonly FieldError[]): FormProblems {
  const problems: FormProblems = { fields: {}, form: [] };
  for (const error of errors) {
    const field = toFormField(error.path);
    const problem: FieldProblem = { kind: 'rejected', serverMessage: error.message };
    if (!field) problems.form.push(problem);
    else problems.fields[field] ??= problem;
  }
  return problems;
}

/** The field with a problem that comes first in the form, where focus should go. */
export function firstInvalidField(problems: FormProblems): FormField | undefined {
  return FORM_FIELDS.find((field) => problems.fields[field] !== undefined);
}

/** Whether there is anything to show. */
export function hasProblems(problems: FormProblems): boolean {
  return problems.form.length > 0 || Object.keys(problems.fields).length > 0;
}

function toFormField(path: string): FormField | undefined {
  // Servers may also write JSON-pointer or bracket paths: /reporter/email, reporter[email].
  const dotted = path.replace(/^\//, '').replace(/[/[]/g, '.').replace(/]/g, '');
  return (FORM_FIELDS as readonly string[]).includes(dotted) ? (dotted as FormField) : undefined;
}

function describeIssue(issue: SchemaIssue, field: FormField | undefined): FieldProblem {
  const missing = issue.input === undefined || issue.input === '';
  if (field === 'consent') return { kind: 'consent' };
  if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return { kind: 'required' };
  if (field && CHOICE_FIELDS.includes(field)) return { kind: 'choice' };
  switch (issue.code) {
    case 'too_small':
      return { kind: 'tooShort', min: Number(issue.minimum) };
    case 'too_big':
      return { kind: 'tooLong', max: Number(issue.maximum) };
    case 'invalid_format':
      if (field === 'reporter.email' || issue.format === 'email') return { kind: 'email' };
      if (field === 'reporter.phone') return { kind: 'phone' };
      return { kind: 'invalid' };
    default:
      return { kind: 'invalid' };
  }
}

/** The sentence for `problem` on `field`: the field's own wording where it has one, else a generic one naming it. */
export function fieldMessage(field: FormField, problem: FieldProblem, errors: AspirationFormErrors): string {
  const name = errors.fieldNames[field];
  switch (problem.kind) {
    case 'rejected':
      return errors.rejected(name);
    case 'consent':
      return errors.consent.required;
    case 'required':
      if (field === 'kind' || field === 'title' || field === 'body' || field === 'categoryId' || field === 'regionCode')
        return errors[field].required;
      if (field === 'consent') return errors.consent.required;
      break;
    case 'choice':
      if (field === 'kind' || field === 'categoryId' || field === 'regionCode') return errors[field].choice;
      break;
    case 'tooShort':
      if (field === 'title' || field === 'body') return errors[field].tooShort(problem.min);
      break;
    case 'tooLong':
      if (field === 'title' || field === 'body') return errors[field].tooLong(problem.max);
      if (field === 'reporter.name') return errors.name.tooLong(problem.max);
      break;
    case 'email':
      return errors.email.format;
    case 'phone':
      return errors.phone.format;
  }
  return errors.invalid(name);
}
