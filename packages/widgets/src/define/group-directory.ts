// Registers <kim-group-directory>; a second copy of the bundle on the same page leaves the first registration alone.
import { KimGroupDirectory } from '../group-directory/group-directory.js';

if (!customElements.get('kim-group-directory')) customElements.define('kim-group-directory', KimGroupDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'kim-group-directory': KimGroupDirectory;
  }
}
