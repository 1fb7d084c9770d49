// Record ids: a prefix naming the kind, then 16 Crockford base32 characters (80 random bits) from the CSPRNG.
import { randomCrockford } from './aspirations/tracking-code.js';

export type IdPrefix = 'usr' | 'ses' | 'tok' | 'inv' | 'nws' | 'med' | 'grp' | 'agc' | 'whk';

/** A fresh id: `usr_7k3m9qx2pd4hn8rt`. */
export const newId = (prefix: IdPrefix) => `${prefix}_${randomCrockford(16).toLowerCase()}`;
