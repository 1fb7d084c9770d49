// cdn/kim-aspiration-status.js: <kim-aspiration-status> in one self-contained file (the widget, Lit and the SDK), and
// what a page script needs beside it.
import './script-origin.js';
import '../define/aspiration-status.js';

export { KimAspirationStatus } from '../aspiration-status/aspiration-status.js';
export { KimErrorEvent } from '../events/kim-error.js';
export { KimStatusLoadedEvent } from '../events/kim-status-loaded.js';
export { KimConfigError } from '../shared/api-origin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
