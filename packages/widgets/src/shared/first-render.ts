// When a widget renders for the first time. While a page is loading, a widget on or near the screen renders at once
// and one further down waits until it is scrolled near, or until a moment after the page has loaded: the one in view
// then comes first. Measured on the demo page (4x slower CPU), the form and the directory below the fold rendered, and
// fetched, before the news feed at the top could show its first card. Once the page has settled, nothing competes and
// every widget renders at once, wherever it is.

/** "Near": within one screen height below the viewport (or above it, for a page opened scrolled down). */
const NEAR = '100% 0px 100% 0px';
/**
 * How long after the page's load event a widget off screen renders anyway (for find-in-page, screen readers' element
 * lists and printing). Not the browser's idle callback: between two tasks of the widget in view (its request sent, its
 * answer not yet handled) the page looks idle, and a form rendered there holds the news card back.
 */
const OFF_SCREEN_DELAY_MS = 1500;

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Milliseconds since the page's load event ended, or `undefined` while it has not. */
function sinceLoad(): number | undefined {
  if (document.readyState !== 'complete') return undefined;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!navigation) return OFF_SCREEN_DELAY_MS;
  return navigation.loadEventEnd > 0 ? performance.now() - navigation.loadEventEnd : undefined;
}

/** Whether `el` is within {@link NEAR} of the viewport now (one layout, which the first paint needs anyway). */
function isNear(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  const height = window.innerHeight;
  return rect.bottom >= -height && rect.top <= 2 * height;
}

/**
 * Resolves at once when the page has settled, or `el` is on or near the screen; else when it scrolls near, or
 * {@link OFF_SCREEN_DELAY_MS} after the page's load event.
 */
export function firstRenderSlot(el: Element): Promise<void> {
  const loaded = sinceLoad();
  if (typeof IntersectionObserver === 'undefined' || !el.isConnected) return Promise.resolve();
  if ((loaded !== undefined && loaded >= OFF_SCREEN_DELAY_MS) || isNear(el)) return Promise.resolve();
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
    const later = (elapsed: number) => {
      timer = setTimeout(go, OFF_SCREEN_DELAY_MS - elapsed);
    };
    if (loaded !== undefined) later(loaded);
    else addEventListener('load', () => setTimeout(() => later(0)), { once: true });
  });
}
