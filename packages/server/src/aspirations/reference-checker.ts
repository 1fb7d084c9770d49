// Checks what the schema cannot: an aspiration's village and category must exist and fit.
import type { AspirationInputParsed, FieldError } from '@kim-kit/sdk/schemas';
import { HttpProblem } from '../http/problem.js';
import type { Storage } from '../storage/storage.js';

/** Answers kept per catalog version; more distinct codes than this start a fresh memo. */
const MEMO_LIMIT = 5000;

/**
 * Regions and categories change only with the catalog, so their answers are remembered until its version moves;
 * a submission then costs no reads besides its own transaction.
 */
export class ReferenceChecker {
  readonly #storage: Storage;
  #version = '';
  readonly #villages = new Map<string, boolean>();
  readonly #categories = new Map<string, boolean>();

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  /** Throws a 422 problem naming each unknown reference. */
  async check(input: AspirationInputParsed): Promise<void> {
    const version = await this.#storage.catalogVersion();
    if (version !== this.#version || this.#villages.size + this.#categories.size > MEMO_LIMIT) {
      this.#version = version;
      this.#villages.clear();
      this.#categories.clear();
    }
    const errors: FieldError[] = [];
    let village = this.#villages.get(input.regionCode);
    if (village === undefined) {
      village = (await this.#storage.getRegion(input.regionCode))?.level === 'village';
      this.#villages.set(input.regionCode, village);
    }
    if (!village) errors.push({ path: 'regionCode', message: `Unknown desa or kelurahan: ${input.regionCode}` });
    let category = this.#categories.get(input.categoryId);
    if (category === undefined) {
      category = !!(await this.#storage.getCategory(input.categoryId))?.scopes.includes('aspiration');
      this.#categories.set(input.categoryId, category);
    }
    if (!category) errors.push({ path: 'categoryId', message: `Unknown aspiration category: ${input.categoryId}` });
    if (errors.length > 0) {
      throw new HttpProblem(422, 'validation_failed', { detail: 'The aspiration refers to unknown data', errors });
    }
  }
}
