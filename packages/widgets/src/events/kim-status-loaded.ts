import type { AspirationTracking } from '@kim-kit/sdk';

/** Fired when `<kim-aspiration-status>` has loaded and shown the status of a tracking code. */
export class KimStatusLoadedEvent extends Event {
  /** The public tracking record as the API returned it (no reporter data exists in it). */
  readonly tracking: AspirationTracking;

  constructor(tracking: AspirationTracking) {
    super('kim-status-loaded', { bubbles: true, composed: true });
    this.tracking = tracking;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-status-loaded': KimStatusLoadedEvent;
  }
}
