// The article body's rich-text editor: TipTap (ProseMirror) limited to what the server's article allow-list keeps
// (packages/server/src/content/sanitize-article.ts): paragraphs, line breaks, h2-h4, bold (strong), italic (em),
// bulleted and numbered lists, block quotes and links to http(s), mailto and tel. Nothing else can be typed, pasted
// or produced, so what the operator sees is what the server stores. No CSS is injected at runtime (the console runs
// under `style-src 'self'`): ProseMirror's few needed rules are in `richTextStyles`, adopted by the host's shadow root.
// The only module of the console that imports the editor library (`pnpm size` prints it separately).
import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { css } from 'lit';

/** The elements the editor can produce: all of them in the server's and the widgets' article allow-lists. */
export const EDITOR_ELEMENTS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
] as const;

/** The schemes a link may use, as on the server. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** An absolute link with an allowed scheme (and a host for http(s)), or `undefined`. */
export function allowedLink(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    if (!LINK_SCHEMES.has(url.protocol)) return undefined;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname) return undefined;
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : href.trim();
  } catch {
    return undefined;
  }
}

/** The formatting commands of the toolbar. */
export type RichTextCommand =
  | 'bold'
  | 'italic'
  | 'heading2'
  | 'heading3'
  | 'heading4'
  | 'bulletList'
  | 'orderedList'
  | 'blockquote'
  | 'undo'
  | 'redo';

/** Each toolbar command with its keyboard shortcut (TipTap's defaults), as the toolbar lists them. */
export const RICH_TEXT_SHORTCUTS: Record<RichTextCommand | 'link', string> = {
  bold: 'Ctrl+B',
  italic: 'Ctrl+I',
  heading2: 'Ctrl+Alt+2',
  heading3: 'Ctrl+Alt+3',
  heading4: 'Ctrl+Alt+4',
  bulletList: 'Ctrl+Shift+8',
  orderedList: 'Ctrl+Shift+7',
  blockquote: 'Ctrl+Shift+B',
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z',
  link: 'Ctrl+K',
};

export interface RichTextOptions {
  /** Where the editable area goes (an element in the host's shadow root). */
  element: HTMLElement;
  /** The starting HTML (an article's sanitized body, or a restored draft). */
  content: string;
  /** The id of the editable area (error summary links and the toolbar's `aria-controls` point at it). */
  id: string;
  /** The accessible name of the editable area. */
  label: string;
  /** The id of the element that describes the editable area (its hint, its error). */
  describedBy?: string;
  /** Called after every change of the content, with the new HTML. */
  onChange: (html: string) => void;
  /** Called when the selection or the content changes (the toolbar's pressed states). */
  onSelection: () => void;
  /** Ctrl+K (or Cmd+K): the host opens its link field. */
  onLinkShortcut: () => void;
}

/** A TipTap editor configured for article bodies; see the module comment. */
export class RichText {
  readonly #editor: Editor;

  constructor(options: RichTextOptions) {
    const { onLinkShortcut } = options;
    this.#editor = new Editor({
      element: options.element,
      content: options.content,
      injectCSS: false,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3, 4] },
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: {
            openOnClick: false,
            autolink: true,
            defaultProtocol: 'https',
            protocols: ['mailto', 'tel'],
            HTMLAttributes: { rel: 'noopener', target: null, class: null },
            isAllowedUri: (url) => allowedLink(url) !== undefined,
            shouldAutoLink: (url) => allowedLink(url) !== undefined || allowedLink(`https://${url}`) !== undefined,
          },
        }),
      ],
      editorProps: {
        attributes: {
          id: options.id,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': options.label,
          ...(options.describedBy ? { 'aria-describedby': options.describedBy } : {}),
          part: 'body-input',
          class: 'rich-text',
          lang: 'id',
        },
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            onLinkShortcut();
            return true;
          }
          return false;
        },
      },
      onUpdate: ({ editor }) => options.onChange(this.#html(editor)),
      onSelectionUpdate: () => options.onSelection(),
      onTransaction: () => options.onSelection(),
    });
  }

  /** The body as HTML; an empty editor gives `''`. */
  get html(): string {
    return this.#html(this.#editor);
  }

  #html(editor: Editor): string {
    return editor.isEmpty ? '' : editor.getHTML();
  }

  /** Replaces the content (a restored draft, the server's version) without firing `onChange`. */
  setContent(html: string): void {
    this.#editor.commands.setContent(html, { emitUpdate: false });
  }

  /** Whether `command` is active at the selection (a toolbar button's `aria-pressed`). */
  isActive(command: RichTextCommand | 'link'): boolean {
    const editor = this.#editor;
    switch (command) {
      case 'heading2':
        return editor.isActive('heading', { level: 2 });
      case 'heading3':
        return editor.isActive('heading', { level: 3 });
      case 'heading4':
        return editor.isActive('heading', { level: 4 });
      case 'undo':
      case 'redo':
        return false;
      default:
        return editor.isActive(command);
    }
  }

  /** Whether `command` can run now (undo with nothing to undo cannot). */
  can(command: RichTextCommand): boolean {
    const can = this.#editor.can();
    if (command === 'undo') return can.undo();
    if (command === 'redo') return can.redo();
    return true;
  }

  run(command: RichTextCommand): void {
    const chain = this.#editor.chain().focus();
    const commands: Record<RichTextCommand, () => typeof chain> = {
      bold: () => chain.toggleBold(),
      italic: () => chain.toggleItalic(),
      heading2: () => chain.toggleHeading({ level: 2 }),
      heading3: () => chain.toggleHeading({ level: 3 }),
      heading4: () => chain.toggleHeading({ level: 4 }),
      bulletList: () => chain.toggleBulletList(),
      orderedList: () => chain.toggleOrderedList(),
      blockquote: () => chain.toggleBlockquote(),
      undo: () => chain.undo(),
      redo: () => chain.redo(),
    };
    commands[command]().run();
  }

  /** The link at the selection, if any. */
  get link(): string | undefined {
    return (this.#editor.getAttributes('link').href as string | undefined) ?? undefined;
  }

  /**
   * Links the selection (or the word at the cursor's link) to `href`; `false` when the address is not an absolute
   * http(s), mailto or tel link.
   */
  setLink(href: string): boolean {
    const url = allowedLink(href) ?? allowedLink(`https://${href.trim()}`);
    if (!url || !href.trim()) return false;
    this.#editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
    return true;
  }

  unsetLink(): void {
    this.#editor.chain().focus().extendMarkRange('link').unsetLink().run();
  }

  focus(): void {
    this.#editor.commands.focus();
  }

  destroy(): void {
    this.#editor.destroy();
  }
}

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
