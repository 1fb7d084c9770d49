// One directory card, built with DOM calls. A directory renders hundreds of cards at once, and a Lit template per card
// (plus nested ones for the optional rows) spent most of the first render walking templates and inserting marker
// comments. Here a card is one deep clone of a prepared card of the same shape (the same optional rows, as many badges
// and links) with every fixed label in place; the clone's placeholder text nodes then receive the group's values.
// Cards of a directory come in a handful of shapes, so a few prepared cards serve hundreds. Values only ever become
// text node data or attribute values, never markup.
import type { KimGroup } from '@kim-kit/sdk';
import { CONTENT_LANGUAGE } from '../locales/language.js';
import type { Translations } from '../locales/types.js';
import { formatNumber } from '../shared/format.js';
import { headingLevel } from '../shared/heading.js';
import { safeHttpUrl } from '../shared/safe.js';

/** The strings a card shows. */
export type DirectoryText = Pick<Translations, 'common' | 'groupDirectory'>;

/** How cards are built beyond their data: the level of the name's heading, and the link on the name. */
export interface CardOptions {
  /** The heading level of group names (1 to 6). */
  level: number;
  /** The `group-url` template (`/kim/{slug}`), or '' for names without a link. */
  groupUrl: string;
}

/**
 * The link of a group from a `group-url` template: `{slug}` and `{id}` replaced (URL-encoded), resolved against the
 * page, and kept only if it is http(s).
 */
export function groupHref(template: string, group: Pick<KimGroup, 'slug' | 'id'>): string | undefined {
  if (!template) return undefined;
  const filled = template
    .replaceAll('{slug}', encodeURIComponent(group.slug))
    .replaceAll('{id}', encodeURIComponent(group.id));
  try {
    return safeHttpUrl(new URL(filled, document.baseURI).href);
  } catch {
    return undefined;
  }
}

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

/** What a card shows, checked and formatted, before it becomes nodes. */
interface CardData {
  href?: string;
  logo?: { src: string; width: string; height: string };
  chair?: string;
  email?: string;
  phone?: string;
  website?: string;
  areas: string[];
  social: { href: string; text: string }[];
}

/** Which optional parts a card has: cards with the same shape are clones of one prepared card. */
const shapeOf = (d: CardData, level: number) =>
  `${level}${+!!d.href}${+!!d.logo}${+!!d.chair}${+!!d.email}${+!!d.phone}${+!!d.website}.${d.areas.length}.${d.social.length}`;

/** The map `maps` holds for `owner`, made on first use. */
function mapOf<K, V>(maps: WeakMap<object, Map<K, V>>, owner: object): Map<K, V> {
  let map = maps.get(owner);
  if (!map) {
    map = new Map();
    maps.set(owner, map);
  }
  return map;
}

// Prepared cards by language (the strings object) and shape. Shapes are few; the cap only guards odd data.
const prepared = new WeakMap<object, Map<string, HTMLDivElement>>();
const MAX_SHAPES = 64;

/** Builds `tag` with `attributes` and children (strings become text nodes). */
function h(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// ' ' is a placeholder: every value slot is a text node whose data is replaced in the clone.
const SLOT = ' ';

/** A link that opens in a new tab: a value slot, then the screen-reader hint. */
const externalLink = (hint: string, attributes: Record<string, string> = {}) =>
  h(
    'a',
    { ...attributes, target: '_blank', rel: 'noopener noreferrer' },
    SLOT,
    h('span', { class: 'visually-hidden' }, ` ${hint}`),
  );

/** The prepared card of one shape, in the language of `t`. */
function prepare(d: CardData, t: DirectoryText, level: number): HTMLDivElement {
  const g = t.groupDirectory;
  const shapes = mapOf(prepared, g);
  const shape = shapeOf(d, level);
  let card = shapes.get(shape);
  if (card) return card;

  const hint = t.common.opensInNewTab;
  const rows: Node[] = [];
  const row = (term: string, value: Node | string, lang?: string) =>
    rows.push(h('dt', {}, term), h('dd', lang ? { lang } : {}, value));
  if (d.chair) row(g.chair, SLOT, CONTENT_LANGUAGE);
  row(g.membersLabel, SLOT);
  if (d.email) row(g.email, h('a', { class: 'contact' }, SLOT));
  if (d.phone) row(g.phone, h('a', { class: 'contact' }, SLOT));
  if (d.website) row(g.website, externalLink(hint, { class: 'contact' }));
  // Names are links only when the page gives groups a page of their own (`group-url`): text styled as a link that
  // goes nowhere would mislead. Either way, the entry focused after "load more" is the link or the heading.
  const name = d.href
    ? h(
        `h${level}`,
        { part: 'name', class: 'name', lang: CONTENT_LANGUAGE },
        h('a', { part: 'name-link', class: 'name-link entry' }, SLOT),
      )
    : h(`h${level}`, { part: 'name', class: 'name entry', lang: CONTENT_LANGUAGE, tabindex: '-1' }, SLOT);
  // A card is flat (no wrappers): the logo, when there is one, sits beside name and place (see the styles).
  card = h(
    'div',
    { role: 'listitem', part: 'card', class: d.logo ? 'card with-logo' : 'card' },
    name,
    h('p', { part: 'place', class: 'place', lang: CONTENT_LANGUAGE }, SLOT),
    h('dl', { part: 'details' }, ...rows),
  ) as HTMLDivElement;
  // The name beside it says whose logo it is: the image is decorative (alt=""), not a repeat of the heading.
  if (d.logo) card.prepend(h('img', { part: 'logo', class: 'logo', alt: '', loading: 'lazy', decoding: 'async' }));
  // Lists only when they have items.
  if (d.areas.length) {
    const areas = card.appendChild(h('ul', { part: 'focus-areas', class: 'tags', 'aria-label': g.focus }));
    for (const _ of d.areas) areas.append(h('li', { part: 'focus-area' }, SLOT));
  }
  if (d.social.length) {
    const social = card.appendChild(h('ul', { part: 'social', class: 'links', 'aria-label': g.social }));
    for (const _ of d.social) social.append(h('li', {}, externalLink(hint)));
  }
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(shape, card);
  return card;
}

/** Sets the placeholder text node that is the first child of `node`; returns `node`'s next sibling. */
function fill(node: Node, text: string): ChildNode | null {
  (node.firstChild as Text).data = text;
  return node.nextSibling;
}

/** Fills a prepared `<a>`: its address and its text. */
function fillLink(a: Element, href: string, text: string): void {
  a.setAttribute('href', href);
  (a.firstChild as Text).data = text;
}

/** What `group`'s card shows: only http(s) links, only contacts that look like one. */
function cardData(group: KimGroup, t: DirectoryText, groupUrl: string): CardData {
  const logo = group.logo && safeHttpUrl(group.logo.url);
  const { email, phone } = group.contact;
  const social: CardData['social'] = [];
  for (const link of group.social) {
    const href = safeHttpUrl(link.url);
    if (href) social.push({ href, text: NETWORK_NAMES[link.network] ?? t.groupDirectory.website });
  }
  return {
    href: groupHref(groupUrl, group),
    logo: logo ? { src: logo, width: String(group.logo!.width), height: String(group.logo!.height) } : undefined,
    chair: group.chairName || undefined,
    email: email && EMAIL.test(email) ? email : undefined,
    phone: phone && PHONE.test(phone) ? phone : undefined,
    website: safeHttpUrl(group.contact.website),
    areas: group.focusAreas.map((area) => t.common.focusAreas[area] ?? area),
    social,
  };
}

// The group each card shows, for the list's click handler (a map, not an attribute: a card's attributes stay those of
// the prepared card, which keeps cloning cheap).
const groups = new WeakMap<Element, KimGroup>();

/** The group shown by `card`, a card made by {@link groupCard}. */
export const groupOfCard = (card: Element | null): KimGroup | undefined => (card ? groups.get(card) : undefined);

// "15 anggota" by language and count: a directory repeats the same few counts.
const memberTexts = new WeakMap<object, Map<number, string>>();

function membersText(count: number, t: DirectoryText, locale: string): string {
  const texts = mapOf(memberTexts, t.groupDirectory);
  let text = texts.get(count);
  if (text === undefined) {
    text = t.groupDirectory.members(count, formatNumber(count, locale));
    if (texts.size < MAX_SHAPES) texts.set(count, text);
  }
  return text;
}

/**
 * The card of `group` (`part="card"`): logo, name (a link with `group-url`), place, chair, members, contact,
 * focus-area badges and social links. {@link groupOfCard} maps it back to `group`.
 */
export function groupCard(group: KimGroup, t: DirectoryText, locale: string, options: CardOptions): HTMLDivElement {
  const d = cardData(group, t, options.groupUrl);
  const level = headingLevel(options.level);
  const card = prepare(d, t, level).cloneNode(true) as HTMLDivElement;
  groups.set(card, group);

  let node = card.firstChild!;
  if (d.logo) {
    const img = node as HTMLImageElement;
    img.setAttribute('src', d.logo.src);
    img.setAttribute('width', d.logo.width);
    img.setAttribute('height', d.logo.height);
    node = img.nextSibling!;
  }
  if (d.href) fillLink(node.firstChild as Element, d.href, group.name);
  else fill(node, group.name);
  node = fill(node.nextSibling!, `${group.village.name}, ${group.district.name}`)!;

  // Rows in the order `prepare` made them: each a <dt> then its <dd>.
  const details = node;
  let dd = details.firstChild!.nextSibling!;
  const next = () => {
    const current = dd;
    dd = dd.nextSibling?.nextSibling as ChildNode;
    return current;
  };
  if (d.chair) fill(next(), d.chair);
  fill(next(), membersText(group.memberCount, t, locale));
  if (d.email) fillLink(next().firstChild as Element, `mailto:${d.email}`, d.email);
  if (d.phone) fillLink(next().firstChild as Element, `tel:${d.phone.replace(/[^\d+]/g, '')}`, d.phone);
  if (d.website) fillLink(next().firstChild as Element, d.website, new URL(d.website).host);

  let list = details.nextSibling;
  if (d.areas.length) {
    let item = list!.firstChild;
    for (const text of d.areas) item = fill(item!, text);
    list = list!.nextSibling;
  }
  let item = list?.firstChild;
  for (const link of d.social) {
    fillLink(item!.firstChild as Element, link.href, link.text);
    item = item!.nextSibling;
  }
  return card;
}
