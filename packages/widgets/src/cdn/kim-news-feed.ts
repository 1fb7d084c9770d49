// cdn/kim-news-feed.js: <kim-news-feed> in one self-contained file (the widget, Lit and the SDK), and what a page
// script needs beside it.
import './script-origin.js';
import '../define/news-feed.js';

export { KimErrorEvent } from '../events/kim-error.js';
export { KimLoadEvent } from '../events/kim-load.js';
export { KimNewsSelectEvent } from '../events/kim-news-select.js';
export { KimNewsFeed, type NewsFeedLayout } from '../news-feed/news-feed.js';
export { KimConfigError } from '../shared/api-origin.js';
export { configure, type KimWidgetsConfig } from '../shared/config.js';
