// Registers every console tag; a second copy of the bundle on the same page leaves the first registrations alone.
// Each tag is registered here rather than by importing the other define modules (see tsup.config.ts).
import { KimAspirationInbox } from '../console/aspiration-inbox/aspiration-inbox.js';
import { KimConsole } from '../console/console-app/console-app.js';
import { KimSignIn } from '../console/sign-in/sign-in.js';

if (!customElements.get('kim-sign-in')) customElements.define('kim-sign-in', KimSignIn);
if (!customElements.get('kim-console')) customElements.define('kim-console', KimConsole);
if (!customElements.get('kim-aspiration-inbox')) customElements.define('kim-aspiration-inbox', KimAspirationInbox);
