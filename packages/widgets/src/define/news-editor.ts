// Registers <kim-news-editor>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimNewsEditor } from '../console/news-editor/news-editor.js';

if (!customElements.get('kim-news-editor')) customElements.define('kim-news-editor', KimNewsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'kim-news-editor': KimNewsEditor;
  }
}
