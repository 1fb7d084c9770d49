// A bundler app: each widget registered through its own define entry (only what the page uses is bundled),
// the SDK used directly beside them, and the widgets wired together through their typed events.
import './kim-config.js';
import '@kim-kit/widgets/define/news-feed.js';
import '@kim-kit/widgets/define/group-directory.js';
import '@kim-kit/widgets/define/aspiration-form.js';
import '@kim-kit/widgets/define/aspiration-status.js';
import { createKimClient, isKimError } from '@kim-kit/sdk';
import { apiBase } from './kim-config.js';
import './style.css';

// The receipt's tracking code goes straight to the status widget.
const status = document.querySelector('kim-aspiration-status');
document.addEventListener('kim-aspiration-submitted', (event) => {
  if (status) status.trackingCode = event.receipt.trackingCode;
});

// A group's link (`group-url="?group={slug}#h-news"`) narrows the news feed to that group: handled in the page
// without a reload, and the same address works when opened in a new tab or shared.
const feed = document.querySelector('kim-news-feed');
const linkedGroup = new URLSearchParams(window.location.search).get('group');
if (feed && linkedGroup) feed.group = linkedGroup;
document.addEventListener('kim-group-select', (event) => {
  if (!feed) return;
  event.preventDefault();
  feed.group = event.group.slug;
  const url = new URL(window.location.href);
  url.searchParams.set('group', event.group.slug);
  url.hash = 'h-news';
  history.pushState(null, '', url);
  document.getElementById('h-news')?.scrollIntoView();
});

/** A one-line summary from the SDK: how many groups, in how many districts. */
async function showSummary(target: HTMLElement): Promise<void> {
  const client = createKimClient({ baseUrl: apiBase });
  try {
    const [groups, districts] = await Promise.all([
      client.groups.list({ region: '19.71', limit: 100 }).toArray({ limit: 1000 }),
      client.regions.list({ parent: '19.71' }).toArray({ limit: 100 }),
    ]);
    target.textContent = `${groups.length} KIM aktif di ${districts.length} kecamatan.`;
  } catch (error) {
    target.textContent = 'Ringkasan tidak dapat dimuat.';
    console.error(isKimError(error) ? `${error.name}: ${error.message}` : error);
  }
}

const summary = document.querySelector<HTMLElement>('#summary');
if (summary) void showSummary(summary);
