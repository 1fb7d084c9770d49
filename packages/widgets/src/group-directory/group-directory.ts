import { html } from 'lit';
import { KimElement } from '../shared/kim-element.js';
import { baseStyles } from '../shared/styles.js';

/** A searchable directory of KIM groups (being written). */
export class KimGroupDirectory extends KimElement {
  static override styles = [baseStyles];

  override render() {
    return html`<div part="base"></div>`;
  }
}
