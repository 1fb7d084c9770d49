// When a widget renders for the first time: at once when it is on or near the screen, else when it scrolls near or a
// moment after the page has loaded. On a page of several widgets the one in view then comes first: measured on the demo
// page (4x slower CPU), the form and the directory below the fold rendered, and fetched, before the news feed at the
// top could show its first card.

/** "Near": within one screen height below the viewport (or above it, for a page opened scrolled down). */
const NEAR = '100% 0px 100% 0px';
/**
 * How long a widget off screen waits before rendering anyway (for find-in-page, screen readers' element lists and
 * printing). Not the browser's idle callback: between two tasks of the widget in view (its request sent, its answer
 * not yet handled) the page looks idle, and a form rendered there holds the news card back.
 */
const OFF_SCREEN_DELAY_MS = 1500;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Whether `el` is within {@link NEAR} of the viewport now (one layout, which the first paint needs anyway). */
function isNear(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const height = window.innerHeight;
  return rect.bottom >= -height && rect.top <= 2 * height;
}

/**
 * Resolves at once when `el` is on or near the screen (or cannot be measured yet), else when it scrolls near, or
 * {@link OFF_SCREEN_DELAY_MS} after the page has loaded.
 */
export function firstRenderSlot(el: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined' || !el.isConnected || isNear(el)) return Promise.resolve();
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      if (!waiting.delete(el)) return;
      observer?.unobserve(el);
      clearTimeout(timer);
      resolve();
    };
    waiting.set(el, go);
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    const later = () => {
      timer = setTimeout(go, OFF_SCREEN_DELAY_MS);
    };
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  });
}
