// The inbox's keyboard shortcuts: which key means what, and when a key is the person typing rather than a command.

export type InboxShortcut = 'next' | 'previous' | 'open' | 'close' | 'select' | 'status' | 'help';

const KEYS: Record<string, InboxShortcut> = {
  j: 'next',
  ArrowDown: 'next',
  k: 'previous',
  ArrowUp: 'previous',
  Enter: 'open',
  Escape: 'close',
  x: 'select',
  s: 'status',
  '?': 'help',
};

/** Input types where a letter is text: shortcuts stay off there (a checkbox or a button is not typing). */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'number',
  'tel',
  'url',
  'password',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
]);

/** Whether the key went to a place where the person types or picks (a text field, a text area, a select, an editor). */
export function isTyping(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return false;
}

/**
 * The shortcut a key press asks for, or `undefined`: never while typing, never with Ctrl, Alt or Meta (those belong
 * to the browser and to screen readers), and Enter only where no button or link would take it itself.
 */
export function shortcutOf(event: KeyboardEvent): InboxShortcut | undefined {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.altKey || event.metaKey) return undefined;
  const target = event.composedPath()[0];
  if (isTyping(target)) return undefined;
  const shortcut = KEYS[event.key];
  if (shortcut === 'open' && target instanceof HTMLElement && target.closest('button, a, input, summary')) {
    return undefined;
  }
  return shortcut;
}
