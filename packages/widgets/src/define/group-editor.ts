// Registers <kim-group-editor>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimGroupEditor } from '../console/group-editor/group-editor.js';

if (!customElements.get('kim-group-editor')) customElements.define('kim-group-editor', KimGroupEditor);

declare global {
  interface HTMLElementTagNameMap {
    'kim-group-editor': KimGroupEditor;
  }
}
