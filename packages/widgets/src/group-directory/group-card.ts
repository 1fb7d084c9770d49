// One directory card, built with DOM calls. A directory renders hundreds of cards at once, and a Lit template per card
// (plus nested ones for the optional rows) spent most of the first render walking templates and inserting marker
// comments; cloning one prepared skeleton and setting text directly costs a fraction of that. Values only ever
// become text or checked attributes here, never markup.
import type { KimGroup } from '@kim-kit/sdk';
import type { Translations } from '../locales/types.js';
import { formatNumber } from '../shared/format.js';
import { type ListItem, listItem } from '../shared/list-items.js';
import { safeHttpUrl } from '../shared/safe.js';

/** The strings a card shows. */
export type DirectoryText = Pick<Translations, 'common' | 'groupDirectory'>;

const NETWORK_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
};

// Addresses and numbers are only linked when they look like one, so API text can never smuggle in a scheme.
const EMAIL = /^[^\s@"'<>()[\]\\,;:]+@[^\s@"'<>()[\]\\,;:]+\.[a-z]{2,}$/i;
const PHONE = /^\+?[\d\s().-]{6,20}$/;

// The parts every card has; static markup only (no data), parsed once.
let skeleton: HTMLDivElement | undefined;

function cardSkeleton(): HTMLDivElement {
  if (!skeleton) {
    const template = document.createElement('template');
    template.innerHTML =
      '<div role="listitem" part="card" class="card"><div class="head"><div><h3 part="name" class="name">' +
      '<button type="button" part="select" class="select"></button></h3><p part="place" class="place"></p></div></div>' +
      '<dl part="details"></dl><ul part="focus-areas" class="tags"></ul><ul part="social" class="links"></ul></div>';
    // Imported, so clones belong to this document and need no adoption when inserted.
    skeleton = document.importNode(template.content, true).firstElementChild as HTMLDivElement;
  }
  return skeleton.cloneNode(true) as HTMLDivElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A `<dt>`/`<dd>` pair; `value` is text or the element to put in the `<dd>`. */
function row(list: HTMLDListElement, term: string, value: string | Node): void {
  const dd = element('dd');
  dd.append(value);
  list.append(element('dt', term), dd);
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element('a', text);
  a.setAttribute('href', href);
  return a;
}

function fillList(list: Element, label: string, items: readonly ListItem[], partName?: string): void {
  list.setAttribute('aria-label', label);
  if (items.length) list.append(...items.map((item) => listItem(item, partName)));
  else list.setAttribute('hidden', '');
}

/**
 * The card of `group` (`part="card"`, `data-index` = its position in the list, read by the list's click handler):
 * logo, name button, place, chair, members, contact, focus-area badges and social links.
 */
export function groupCard(group: KimGroup, index: number, t: DirectoryText, locale: string): HTMLDivElement {
  const g = t.groupDirectory;
  const newTab = t.common.opensInNewTab;
  const card = cardSkeleton();
  card.dataset.index = String(index);
  const head = card.firstChild as HTMLDivElement;
  const titles = head.firstChild as HTMLDivElement;
  (titles.firstChild!.firstChild as HTMLButtonElement).textContent = group.name;
  (titles.lastChild as HTMLParagraphElement).textContent = `${group.village.name}, ${group.district.name}`;

  const logo = group.logo && safeHttpUrl(group.logo.url);
  if (logo) {
    const img = element('img');
    img.setAttribute('part', 'logo');
    img.className = 'logo';
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    img.setAttribute('src', logo);
    img.setAttribute('alt', group.logo!.alt);
    img.setAttribute('width', String(group.logo!.width));
    img.setAttribute('height', String(group.logo!.height));
    head.prepend(img);
  }

  // Only present rows are rendered.
  const details = head.nextSibling as HTMLDListElement;
  if (group.chairName) row(details, g.chair, group.chairName);
  row(details, g.membersLabel, g.members(group.memberCount, formatNumber(group.memberCount, locale)));
  const { email, phone } = group.contact;
  if (email && EMAIL.test(email)) row(details, g.email, link(`mailto:${email}`, email));
  if (phone && PHONE.test(phone)) row(details, g.phone, link(`tel:${phone.replace(/[^\d+]/g, '')}`, phone));
  const website = safeHttpUrl(group.contact.website);
  if (website) {
    const a = link(website, new URL(website).host);
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.append(Object.assign(element('span', ` ${newTab}`), { className: 'visually-hidden' }));
    row(details, g.website, a);
  }

  const areas = details.nextSibling as HTMLUListElement;
  fillList(
    areas,
    g.focus,
    group.focusAreas.map((a): ListItem => ({ text: t.common.focusAreas[a] ?? a })),
    'focus-area',
  );
  fillList(
    areas.nextSibling as HTMLUListElement,
    g.social,
    group.social.flatMap((link): ListItem[] => {
      const href = safeHttpUrl(link.url);
      return href ? [{ text: NETWORK_NAMES[link.network] ?? g.website, href, hint: newTab }] : [];
    }),
  );
  return card;
}
