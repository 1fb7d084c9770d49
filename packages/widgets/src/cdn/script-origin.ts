// Evaluated first in every CDN file: in a bundle `import.meta.url` is the file's own URL, so a file served from a
// kim-server's /cdn/ makes that server the widgets' default API before any widget sends a request.
import { useScriptOrigin } from '../shared/api-origin.js';

useScriptOrigin(import.meta.url);
