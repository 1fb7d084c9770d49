// Small helpers for the widget tests: waiting for a state and inspecting shadow DOM for anything executable.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import './readable-failures.js';

/** The element's shadow root (every widget has one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** All elements matching `selector` in the element's shadow root. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The first element matching `selector` in the element's shadow root. */
export const one = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);

/** Waits until the shadow root contains `selector`, and the element has finished updating. */
export async function waitFor(el: Element & { updateComplete?: Promise<unknown> }, selector: string) {
  await waitUntil(() => shadow(el).querySelector(selector), `no ${selector} appeared`, { timeout: 4000 });
  await el.updateComplete;
}

/** Every attribute in a shadow tree (recursively into nested shadow roots) that could run script. */
export function executableAttributes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      const value = attr.value.trim().toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${node.localName}[${attr.name}]`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) &&
        /^(javascript|data|vbscript):/.test(value)
      ) {
        found.push(`${node.localName}[${attr.name}=${attr.value}]`);
      }
    }
    if (node.localName === 'script' || node.localName === 'iframe' || node.localName === 'object')
      found.push(node.localName);
    if (node.shadowRoot) found.push(...executableAttributes(node.shadowRoot));
  }
  return found;
}

/** The next `type` event on `target`, typed by its event class. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) =>
    target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }),
  );
}

/**
 * The visible elements of the element's shadow tree that stick out past its sides, as `tag.class` strings: empty when
 * everything fits (nothing would make the page scroll sideways). Visually hidden helpers (1 px, clipped) are skipped.
 */
export function overflowing(el: Element): string[] {
  const host = el.getBoundingClientRect();
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((node) => {
      const box = node.getBoundingClientRect();
      if (!box.width || node.closest('.visually-hidden')) return false;
      return box.left < host.left - 0.5 || box.right > host.right + 0.5;
    })
    .map((node) => `${node.localName}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`);
}

/**
 * Emulates CSS media features for the page (`forced-colors: active`, `prefers-color-scheme: dark`); call with an empty
 * list to stop. Runs through the `emulate-media-features` command of web-test-runner.config.mjs.
 */
export async function emulateMediaFeatures(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}
