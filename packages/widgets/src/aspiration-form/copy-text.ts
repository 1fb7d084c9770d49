// Copying the tracking code: the async Clipboard API where the page may use it, the old selection copy elsewhere.

/**
 * Copies `text`; resolves true when it reached the clipboard. The Clipboard API needs a secure context and
 * permission (embedded widgets often have neither), so it falls back to copying a selection with `execCommand`.
 * `scratch` is where the temporary text area may go (inside the shadow root, to leave the page's DOM alone).
 */
export async function copyText(text: string, scratch: Node & ParentNode): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, document not focused): try the selection way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'visually-hidden';
  scratch.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Selects the text of `element`, so that a citizen can copy it by hand when copying failed. */
export function selectText(element: Element): void {
  const selection = getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}
