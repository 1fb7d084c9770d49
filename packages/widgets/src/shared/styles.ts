// Shared CSS: reset, design tokens with fallbacks, and the few pieces every widget reuses.
import { css } from 'lit';

/**
 * Reset and tokens. Widgets read the private `--_*` variables, which resolve the public `--kim-*` tokens
 * with fallbacks, so a page with no CSS of its own still gets a readable, accessible widget. Primary, surface, text
 * and danger fall back to `light-dark()` pairs, picked by `color-scheme` (light unless `theme` says otherwise). The
 * other colours are derived from the resolved ones, so that they follow a host's palette in either scheme: text on
 * the primary colour is black or white, whichever contrasts more with it; muted text, borders and placeholders are
 * mixes of text and surface.
 */
export const baseStyles = css`
  :host {
    color-scheme: light;
    --_primary: var(--kim-color-primary, light-dark(#0b5cad, #8cc2ff));
    --_surface: var(--kim-color-surface, light-dark(#ffffff, #181b20));
    --_text: var(--kim-color-text, light-dark(#1b1f24, #e8eaed));
    --_danger: var(--kim-color-danger, light-dark(#b3261e, #ffb4ab));
    --_muted: var(--kim-color-muted, color-mix(in srgb, var(--_text) 72%, var(--_surface)));
    --_border: var(--kim-color-border, color-mix(in srgb, var(--_text) 20%, var(--_surface)));
    --_skeleton: var(--kim-color-skeleton, color-mix(in srgb, var(--_text) 11%, var(--_surface)));
    --_on-primary: var(--kim-color-on-primary, #ffffff);
    --_radius: var(--kim-radius, 0.5rem);
    --_space: var(--kim-space, 1rem);
    --_font: var(--kim-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.5;
    container-type: inline-size;
  }
  /* Older browsers keep white text on the primary colour; newer ones pick black or white by contrast (the Lab
     lightness where both give the same contrast is 49.4). */
  @supports (color: lab(from red l a b)) {
    :host {
      --_on-primary: var(--kim-color-on-primary, lab(from var(--_primary) clamp(0, (49.4 - l) * 1000, 100) 0 0));
    }
  }
  @supports (color: contrast-color(red)) {
    :host {
      --_on-primary: var(--kim-color-on-primary, contrast-color(var(--_primary)));
    }
  }
  /* theme="light" is the default; "auto" follows the operating system; "dark" pins it (form controls too). */
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_primary);
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  /* Page rules such as * { font: inherit; text-transform: uppercase } reach the host itself and beat :host, and text
     properties inherit through the shadow boundary: the widget's own top-level elements set them again. Not line
     height, letter and word spacing: a reader's own text-spacing settings (WCAG 1.4.12) arrive the same way, and
     must reach the text. */
  :host > * {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
  }
  [part~='base'] {
    background: var(--_surface);
    color: var(--_text);
  }
`;

/** Buttons: `.button` is filled, `.button.secondary` outlined. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5em 1.25em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    /* Browsers reset spacing on form controls; a reader's own text spacing (WCAG 1.4.12) must reach them too. */
    letter-spacing: inherit;
    word-spacing: inherit;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
`;

/** Placeholder blocks shown while loading. */
export const skeletonStyles = css`
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: var(--_skeleton);
    min-height: 1em;
    animation: kim-pulse 1.5s ease-in-out infinite;
  }
  @keyframes kim-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;

/** Hides text visually while keeping it for screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** The error and empty panels of `state-views.ts`. */
export const stateStyles = css`
  .state {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  .state p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  [part~='error'] {
    border-color: var(--_danger);
  }
  [part~='error'] p {
    color: var(--_danger);
  }
  [part~='empty'] p {
    color: var(--_muted);
  }
`;
