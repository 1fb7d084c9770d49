// The loading, empty and error states every widget renders the same way.
import { html, nothing, type TemplateResult } from 'lit';
import type { CommonStrings } from '../locales/types.js';
import { isConfigError } from './api-origin.js';

type WithCommon = { common: CommonStrings };

/** The human message for a failure; the SDK's error classes are told apart by name so copies from other bundles match. */
export function errorMessage(t: WithCommon, error: unknown): string {
  switch ((error as Error | undefined)?.name) {
    case 'KimConfigError':
      return t.common.errorConfig;
    case 'KimNetworkError':
    case 'KimTimeoutError':
      return t.common.errorNetwork;
    case 'KimNotFoundError':
      return t.common.errorNotFound;
    case 'KimRateLimitError':
      return t.common.errorRateLimited;
    default:
      return t.common.errorGeneric;
  }
}

/**
 * The error panel: a human message and a retry button (`part="error"`, button `part="retry-button"`). A page that is
 * misconfigured gets what to change instead, and no retry button, since retrying cannot help.
 */
export function errorView(t: WithCommon, error: unknown, retry: () => void): TemplateResult {
  if (isConfigError(error)) {
    return html`<div part="error" class="state" role="alert">
      <p>${t.common.errorConfig}</p>
      <p>${t.common.errorConfigHint}</p>
    </div>`;
  }
  return html`<div part="error" class="state" role="alert">
    <p>${errorMessage(t, error)}</p>
    <button type="button" class="button" part="retry-button" @click=${retry}>${t.common.retry}</button>
  </div>`;
}

/** The empty panel (`part="empty"`). */
export function emptyView(message: string): TemplateResult {
  return html`<div part="empty" class="state"><p>${message}</p></div>`;
}

/** `count` placeholder blocks built by `item`, hidden from assistive technology (the host sets `aria-busy`). */
export function skeletonView(count: number, item: () => TemplateResult): TemplateResult {
  return html`<div part="skeleton" class="skeletons" aria-hidden="true">${Array.from({ length: count }, item)}</div>`;
}

/**
 * What follows a list: the error panel when loading the next page failed, else the "load more" button while there is
 * a next page (`part="load-more"`), else nothing.
 */
export function loadMoreView(
  t: WithCommon,
  state: { error: unknown; failed: boolean; hasMore: boolean; loading: boolean },
  loadMore: () => void,
): TemplateResult | typeof nothing {
  if (state.failed) return errorView(t, state.error, loadMore);
  if (!state.hasMore) return nothing;
  return html`<div class="more">
    <button type="button" part="load-more" class="button secondary" ?disabled=${state.loading} @click=${loadMore}>
      ${state.loading ? t.common.loadingMore : t.common.loadMore}
    </button>
  </div>`;
}
