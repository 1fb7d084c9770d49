// Plain `<li>` items built with DOM calls, for lists rendered hundreds of times (a directory's badges and links):
// no template instance or marker comments per item.

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
