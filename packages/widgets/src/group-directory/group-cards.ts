// A directive that fills one block of the directory with cards built by `groupCard`. A card is kept as long as its
// group, strings and options stay the same, so "load more" only builds the new cards.
import type { KimGroup } from '@kim-kit/sdk';
import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { type CardOptions, type DirectoryText, groupCard } from './group-card.js';

class GroupCardsDirective extends Directive {
  private groups: readonly KimGroup[] = [];
  private cards: HTMLDivElement[] = [];
  private key: unknown[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('groupCards() goes on an element');
  }

  render(_groups: readonly KimGroup[], _t: DirectoryText, _locale: string, _options: CardOptions) {
    return noChange;
  }

  override update(
    part: ElementPart,
    [groups, t, locale, options]: [readonly KimGroup[], DirectoryText, string, CardOptions],
  ) {
    const key = [t.common, t.groupDirectory, locale, options.level, options.groupUrl];
    const same = key.every((value, i) => value === this.key[i]);
    const cards = groups.map((group, i) =>
      same && this.groups[i] === group ? this.cards[i]! : groupCard(group, t, locale, options),
    );
    // Cards before the first change stay in place, so a focused card keeps its focus.
    let kept = 0;
    while (kept < cards.length && cards[kept] === this.cards[kept]) kept++;
    for (const old of this.cards.slice(kept)) old.remove();
    part.element.append(...cards.slice(kept));
    this.groups = groups;
    this.cards = cards;
    this.key = key;
    return noChange;
  }
}

/** Fills the element it is bound to with the cards of `groups`. */
export const groupCards = directive(GroupCardsDirective);
