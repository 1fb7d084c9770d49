// Registers every widget: the entry of the one-file CDN bundle, which also exports the package root, so a page can
// `import { configure } from '.../kim-widgets.js'` from the same copy that registered the tags.
import './news-feed.js';
import './group-directory.js';
import './aspiration-form.js';
import './aspiration-status.js';

export * from '../index.js';
