/** Fired when a widget fails to load or send data. The widget shows a human message; the details are here. */
export class KimErrorEvent extends Event {
  /** The error as thrown, usually one of the SDK's `KimError` classes. */
  readonly error: unknown;

  constructor(error: unknown) {
    super('kim-error', { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kim-error': KimErrorEvent;
  }
}
