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
    part.element.replaceChildren(
      ...items.map(({ text, href, hint }) => {
        const li = document.createElement('li');
        if (partName) li.setAttribute('part', partName);
        const target = href ? li.appendChild(document.createElement('a')) : li;
        if (href && target instanceof HTMLAnchorElement) {
          target.href = href;
          target.target = '_blank';
          target.rel = 'noopener noreferrer';
        }
        target.append(text);
        if (hint) {
          const span = target.appendChild(document.createElement('span'));
          span.className = 'visually-hidden';
          span.textContent = ` ${hint}`;
        }
        return li;
      }),
    );
    return noChange;
  }
}

/** Fills the element it is bound to with `<li>` items (text only, never markup); `part` names each item. */
export const listItems = directive(ListItemsDirective);
