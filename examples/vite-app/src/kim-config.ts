// Page-wide defaults for every widget. Imported before the define entries, so the first requests already use them.
import { configure } from '@kim-kit/widgets';

/** The KIM API: `VITE_KIM_API_URL` at build time, else this page's origin (the dev server proxies `/v1`). */
export const apiBase: string = import.meta.env.VITE_KIM_API_URL || window.location.origin;

configure({ baseUrl: apiBase, lang: 'id' });
