// cdn/kim-group-directory.js: <kim-group-directory> in one self-contained file (the widget, Lit and the SDK), and what
// a page script needs beside it.
import './script-origin.js';
import '../define/group-directory.js';

export { KimErrorEvent } from '../events/kim-error.js';
export { KimGroupSelectEvent } from '../events/kim-group-select.js';
export { KimLoadEvent } from '../events/kim-load.js';
export { KimGroupDirectory } from '../group-directory/group-directory.js';
export { KimConfigError } from '../shared/api-origin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
