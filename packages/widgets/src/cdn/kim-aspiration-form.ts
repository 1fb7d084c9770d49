// cdn/kim-aspiration-form.js: <kim-aspiration-form> in one self-contained file (the widget, Lit and the SDK), and what
// a page script needs beside it.
import './script-origin.js';
import '../define/aspiration-form.js';

export { KimAspirationForm } from '../aspiration-form/aspiration-form.js';
export { KimAspirationQueuedEvent } from '../events/kim-aspiration-queued.js';
export { KimAspirationSubmittedEvent } from '../events/kim-aspiration-submitted.js';
export { KimErrorEvent } from '../events/kim-error.js';
export { KimConfigError } from '../shared/api-origin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
