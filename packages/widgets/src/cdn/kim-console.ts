// cdn/kim-console.js: the console in one self-contained file (every console tag, Lit and the SDK), for /console/ and
// for intranet pages without a build step. Public CDN files never import anything under src/console/.
import './script-origin.js';
import '../define/console.js';

export * from '../console/index.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
