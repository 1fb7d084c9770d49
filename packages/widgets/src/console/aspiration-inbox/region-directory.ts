// Region names for the inbox: the children of a region, fetched once each, so the filters can offer districts and
// villages by name and the rows can say "Bacang, Pangkal Balam" instead of a code.
import type { Region, RegionsResource } from '@kim-kit/sdk';

/** The codes from the province down to `code`: `19.71.04.1001` -> `19`, `19.71`, `19.71.04`, `19.71.04.1001`. */
export function regionChain(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

export class RegionDirectory {
  readonly #children = new Map<string, Promise<Region[]>>();
  readonly #names = new Map<string, string>();
  readonly #lists = new Map<string, Region[]>();

  constructor(
    private readonly regions: RegionsResource,
    private readonly changed: () => void,
  ) {}

  /** The regions under `parent` (`''` for the provinces), fetched on first use; `[]` when they cannot be had. */
  children(parent: string): Promise<Region[]> {
    let found = this.#children.get(parent);
    if (!found) {
      found = this.regions
        .list(parent ? { parent } : {})
        .toArray({ limit: 1000 })
        .then((list) => {
          for (const r of list) this.#names.set(r.code, r.name);
          this.#lists.set(parent, list);
          this.changed();
          return list;
        })
        .catch(() => {
          // Names are a help, not a need: the filters and rows fall back to codes (no retry on every render).
          this.#lists.set(parent, []);
          this.changed();
          return [];
        });
      this.#children.set(parent, found);
    }
    return found;
  }

  /** The loaded children of `parent`, or `undefined` while they load. */
  loaded(parent: string): Region[] | undefined {
    return this.#lists.get(parent);
  }

  /** The name of `code` if known (asks for it otherwise and calls `changed` when it arrives). */
  name(code: string): string | undefined {
    const known = this.#names.get(code);
    if (known === undefined && code.includes('.')) void this.children(code.slice(0, code.lastIndexOf('.')));
    return known;
  }

  /** "Bacang, Pangkal Balam" for a village (its district after it), else the name or the code. */
  place(code: string): string {
    const chain = regionChain(code);
    const village = this.name(code);
    const district = chain.length === 4 ? this.name(chain[2]!) : undefined;
    if (village && district) return `${village}, ${district}`;
    return village ?? code;
  }
}
