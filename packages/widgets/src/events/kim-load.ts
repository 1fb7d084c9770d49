/** Fired when a widget has loaded and rendered a page of data. */
export class KimLoadEvent extends Event {
  /** How many items the widget now shows in total. */
  readonly count: number;

  constructor(count: number) {
    super('kim-load', { bubbles: true, composed: true });
    this.count = count;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-load': KimLoadEvent;
  }
}
