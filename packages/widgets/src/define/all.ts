// Registers every widget: the entry of the one-file CDN bundle.
import './news-feed.js';
import './group-directory.js';
