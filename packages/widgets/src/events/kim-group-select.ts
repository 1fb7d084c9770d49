import type { KimGroup } from '@kim-kit/sdk';

/**
 * Fired when the user follows a group's link in the directory (names are links with `group-url`). Cancelable: call
 * `preventDefault()` to handle it in the page instead of following the link.
 */
export class KimGroupSelectEvent extends Event {
  /** The chosen group. */
  readonly group: KimGroup;

  constructor(group: KimGroup) {
    super('kim-group-select', { bubbles: true, composed: true, cancelable: true });
    this.group = group;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-group-select': KimGroupSelectEvent;
  }
}
