// The agencies an official may forward reports to: the active agencies of each regency or city, loaded once per
// person and region and kept while the inbox is open (the status dialog asks for them every time it renders).
import type { AdminAgenciesResource, Agency } from '@kim-kit/sdk';

export type AgencyList =
  | { state: 'loading' }
  | { state: 'ready'; agencies: Agency[] }
  | { state: 'error'; error: unknown };

/** The regency or city of a village code (`19.71.04.1001` → `19.71`): agencies serve a regency's or city's area. */
export const regencyOf = (code: string): string => code.split('.').slice(0, 2).join('.');

/** More than any regency or city has (about 40 agencies at most); the list is paged by the API. */
const MOST = 500;

export class ForwardAgencies {
  readonly #lists = new Map<string, AgencyList>();
  #owner = '';

  /** `changed` is called when a list arrives or fails (the host renders again). */
  constructor(private readonly changed: () => void) {}

  /**
   * The active agencies of `regency` for the person `who`, loading them the first time. A new person starts over,
   * so no one sees a list another person's scope loaded.
   */
  of(agencies: Pick<AdminAgenciesResource, 'list'>, who: string, regency: string): AgencyList {
    if (who !== this.#owner) {
      this.#lists.clear();
      this.#owner = who;
    }
    const known = this.#lists.get(regency);
    if (known) return known;
    const loading: AgencyList = { state: 'loading' };
    this.#lists.set(regency, loading);
    agencies
      .list({ region: regency, status: 'active', limit: 100 })
      .toArray({ limit: MOST })
      .then(
        (list) => this.#settle(who, regency, { state: 'ready', agencies: list }),
        (error: unknown) => this.#settle(who, regency, { state: 'error', error }),
      );
    return loading;
  }

  /** Forgets a region's list (after an error, or when the server said an agency is no longer active). */
  forget(regency?: string): void {
    if (regency === undefined) this.#lists.clear();
    else this.#lists.delete(regency);
  }

  /** The agency with this id among the lists loaded. */
  find(id: string): Agency | undefined {
    for (const list of this.#lists.values()) {
      if (list.state === 'ready') {
        const found = list.agencies.find((a) => a.id === id);
        if (found) return found;
      }
    }
    return undefined;
  }

  #settle(who: string, regency: string, list: AgencyList): void {
    if (who !== this.#owner) return;
    this.#lists.set(regency, list);
    this.changed();
  }
}
