// When a widget renders for the first time: at once when it is on or near the screen, else when the page is idle.
// On a page of several widgets the one in view then comes first: measured on the demo page (4x slower CPU), the form
// and the directory below the fold rendered, and fetched, before the news feed at the top could show its first card.

/** "Near": within one screen height below the viewport (or above it, for a page opened scrolled down). */
const NEAR = '100% 0px 100% 0px';
/** The longest a widget off screen waits for the page to become idle. */
const IDLE_TIMEOUT_MS = 2000;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function watch(el: Element): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) waiting.get(entry.target)?.();
    },
    { rootMargin: NEAR },
  );
  observer.observe(el);
}

/** Resolves when `el` is near the viewport, or when the page is next idle (at most {@link IDLE_TIMEOUT_MS} later). */
export function firstRenderSlot(el: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    let idle: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      if (!waiting.delete(el)) return;
      observer?.unobserve(el);
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
      resolve();
    };
    waiting.set(el, go);
    watch(el);
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(go, { timeout: IDLE_TIMEOUT_MS });
    else timer = setTimeout(go, 100);
  });
}
