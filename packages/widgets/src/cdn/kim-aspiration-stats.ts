// cdn/kim-aspiration-stats.js: <kim-aspiration-stats> in one self-contained file (the widget, Lit and the SDK), and
// what a page script needs beside it. Not part of kim-widgets.js: a statistics page is a page of its own.
import './script-origin.js';
import '../define/aspiration-stats.js';

export { KimAspirationStats } from '../aspiration-stats/aspiration-stats.js';
export { KimErrorEvent } from '../events/kim-error.js';
export { KimConfigError } from '../shared/api-origin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
