// Registers all four widgets. Each registration is written out here instead of importing the four define modules:
// bundlers would move code shared by two entry points into a chunk that `sideEffects` does not name, and drop it.
import { KimAspirationForm } from '../aspiration-form/aspiration-form.js';
import { KimAspirationStatus } from '../aspiration-status/aspiration-status.js';
import { KimGroupDirectory } from '../group-directory/group-directory.js';
import { KimNewsFeed } from '../news-feed/news-feed.js';

// Any tag already taken (another copy of the widgets, or a define/*.js module) is left alone.
if (!customElements.get('kim-news-feed')) customElements.define('kim-news-feed', KimNewsFeed);
if (!customElements.get('kim-group-directory')) customElements.define('kim-group-directory', KimGroupDirectory);
if (!customElements.get('kim-aspiration-form')) customElements.define('kim-aspiration-form', KimAspirationForm);
if (!customElements.get('kim-aspiration-status')) customElements.define('kim-aspiration-status', KimAspirationStatus);

// The four tags in HTMLElementTagNameMap, for TypeScript users of this entry point.
export type {} from './aspiration-form.js';
export type {} from './aspiration-status.js';
export type {} from './group-directory.js';
export type {} from './news-feed.js';
