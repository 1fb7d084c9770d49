// The article body's editable area: ProseMirror's required rules, since the editor's `injectCSS` is off (the console
// runs under `style-src 'self'`), and the look of a field among the form's fields. Apart from rich-text.ts so that the
// form is styled before the editor, loaded on demand, arrives.
import { css } from 'lit';

/**
 * ProseMirror's required rules (whitespace, selection, gap cursor), since `injectCSS` is off, and the editable area's
 * look (a field among the form's fields).
 */
export const richTextStyles = css`
  .rich-text {
    position: relative;
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
    min-height: 12rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .rich-text:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .rich-text li {
    position: relative;
  }
  .rich-text a {
    color: var(--_primary);
  }
  .rich-text blockquote {
    margin-inline: 0;
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--_muted);
  }
  .ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .ProseMirror-hideselection {
    caret-color: transparent;
  }
  .ProseMirror-selectednode {
    outline: 2px solid var(--_primary);
  }
  .ProseMirror-gapcursor {
    display: none;
    pointer-events: none;
    position: absolute;
  }
  .ProseMirror-gapcursor::after {
    content: '';
    display: block;
    position: absolute;
    top: -2px;
    width: 20px;
    border-top: 1px solid currentColor;
    animation: ProseMirror-cursor-blink 1.1s steps(2, start) infinite;
  }
  @keyframes ProseMirror-cursor-blink {
    to {
      visibility: hidden;
    }
  }
  .ProseMirror-focused .ProseMirror-gapcursor {
    display: block;
  }
`;
