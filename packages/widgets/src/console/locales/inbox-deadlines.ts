// The strings of <kim-aspiration-inbox> about due dates: the column, the overdue badge and queue.
import type { Localized } from '../../locales/types.js';

export interface InboxDeadlineStrings {
  /** The list's column and the queue filter's label. */
  due: string;
  /** The record: which stage is due. */
  dueResponse: string;
  dueResolution: string;
  /** No due date (resolved or rejected). */
  noDue: string;
  /** The badge: a text, never a colour alone. */
  overdue: string;
  /** The queue filter's options. */
  overdueOnly: string;
  onTime: string;
}

export const inboxDeadlines: Localized<InboxDeadlineStrings> = {
  id: {
    due: 'Tenggat',
    dueResponse: 'Tenggat tanggapan pertama',
    dueResolution: 'Tenggat penyelesaian',
    noDue: 'Tidak ada tenggat',
    overdue: 'Lewat tenggat',
    overdueOnly: 'Lewat tenggat',
    onTime: 'Belum lewat tenggat',
  },
  en: {
    due: 'Due',
    dueResponse: 'First response due',
    dueResolution: 'Resolution due',
    noDue: 'No due date',
    overdue: 'Overdue',
    overdueOnly: 'Overdue',
    onTime: 'Not overdue',
  },
};
