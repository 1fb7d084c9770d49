// Bahasa Indonesia, the default language: every section, for hosts that want the whole table (`import { id }`).
import { aspirationForm } from './aspiration-form.js';
import { aspirationKinds } from './aspiration-kinds.js';
import { aspirationStatus } from './aspiration-status.js';
import { common } from './common.js';
import { groupDirectory } from './group-directory.js';
import { newsFeed } from './news-feed.js';
import type { Translations } from './types.js';

export const id: Translations = {
  locale: 'id-ID',
  common: common.id,
  newsFeed: newsFeed.id,
  groupDirectory: groupDirectory.id,
  aspirationKinds: aspirationKinds.id,
  aspirationForm: aspirationForm.id,
  aspirationStatus: aspirationStatus.id,
};
