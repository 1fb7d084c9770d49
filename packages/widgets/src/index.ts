// The package root: element classes and helpers, with no side effects. Register tags through `define/*.js`.
export { KimAspirationForm } from './aspiration-form/aspiration-form.js';
export { KimAspirationStatus } from './aspiration-status/aspiration-status.js';
export { KimAspirationQueuedEvent } from './events/kim-aspiration-queued.js';
export { KimAspirationSubmittedEvent } from './events/kim-aspiration-submitted.js';
export { KimErrorEvent } from './events/kim-error.js';
export { KimGroupSelectEvent } from './events/kim-group-select.js';
export { type InvalidItem, KimInvalidItemsEvent } from './events/kim-invalid-items.js';
export { KimLoadEvent } from './events/kim-load.js';
export { KimNewsSelectEvent } from './events/kim-news-select.js';
export { KimStatusLoadedEvent } from './events/kim-status-loaded.js';
export { KimGroupDirectory } from './group-directory/group-directory.js';
export { en } from './locales/en.js';
export { id } from './locales/id.js';
export type {
  AspirationFormErrors,
  AspirationFormField,
  AspirationFormStrings,
  AspirationStatusStrings,
  CommonStrings,
  GroupDirectoryStrings,
  NewsFeedStrings,
  Translations,
} from './locales/types.js';
export { KimNewsFeed, type NewsFeedLayout } from './news-feed/news-feed.js';
export { KimConfigError } from './shared/api-origin.js';
export { configure, type KimWidgetsConfig } from './shared/config.js';
export { KimElementBase, type KimTheme } from './shared/kim-element-base.js';
