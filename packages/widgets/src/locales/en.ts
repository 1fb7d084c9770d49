// English: every section, for hosts that want the whole table (`import { en }`).
import { aspirationForm } from './aspiration-form.js';
import { aspirationKinds } from './aspiration-kinds.js';
import { aspirationStatus } from './aspiration-status.js';
import { common } from './common.js';
import { groupDirectory } from './group-directory.js';
import { newsFeed } from './news-feed.js';
import type { Translations } from './types.js';

export const en: Translations = {
  locale: 'en',
  common: common.en,
  newsFeed: newsFeed.en,
  groupDirectory: groupDirectory.en,
  aspirationKinds: aspirationKinds.en,
  aspirationForm: aspirationForm.en,
  aspirationStatus: aspirationStatus.en,
};
