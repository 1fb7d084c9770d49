import type { KimGroup } from '@kim-kit/sdk';

/** Fired when the user picks a group in the directory. */
export class KimGroupSelectEvent extends Event {
  /** The chosen group. */
  readonly group: KimGroup;

  constructor(group: KimGroup) {
    super('kim-group-select', { bubbles: true, composed: true });
    this.group = group;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-group-select': KimGroupSelectEvent;
  }
}
