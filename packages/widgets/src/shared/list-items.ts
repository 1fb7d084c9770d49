// A directive that fills a list with plain `<li>` items, for lists rendered hundreds of times (a directory's badges
// and links). Built with DOM calls, it skips the template instance and marker comments Lit adds per array item.
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/** One item: its text, and optionally a link (already checked to be http(s)) with a hidden hint. */
export interface ListItem {
  text: string;
  href?: string;
  /** Screen-reader-only text after the link text, e.g. "(opens in a new tab)". */
  hint?: string;
}

/** One `<li>` built with DOM calls: `text` as text (never markup), a link when `href` is set; `part` names it. */
export function listItem({ text, href, hint }: ListItem, partName?: string): HTMLLIElement {
  const li = document.createElement('li');
  if (partName) li.setAttribute('part', partName);
  let target: HTMLElement = li;
  if (href) {
    const a = li.appendChild(document.createElement('a'));
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    target = a;
  }
  target.append(text);
  if (hint) {
    const span = target.appendChild(document.createElement('span'));
    span.className = 'visually-hidden';
    span.textContent = ` ${hint}`;
  }
  return li;
}

class ListItemsDirective extends Directive {
  private last?: readonly ListItem[];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('listItems() goes on an element, e.g. a <ul>');
  }

  render(_items: readonly ListItem[], _part?: string) {
    return noChange;
  }

  override update(part: ElementPart, [items, partName]: [readonly ListItem[], string?]) {
    if (items === this.last) return noChange;
    this.last = items;
    part.element.replaceChildren(...items.map((item) => listItem(item, partName)));
    return noChange;
  }
}

/** Fills the element it is bound to with `<li>` items (text only, never markup); `part` names each item. */
export const listItems = directive(ListItemsDirective);
