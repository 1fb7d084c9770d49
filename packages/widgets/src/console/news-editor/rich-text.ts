// The article body's rich-text editor: TipTap (ProseMirror) limited to what the server's article allow-list keeps
// (packages/server/src/content/sanitize-article.ts): paragraphs, line breaks, h2-h4, bold (strong), italic (em),
// bulleted and numbered lists, block quotes and links to http(s), mailto and tel. Nothing else can be typed, pasted
// or produced, so what the operator sees is what the server stores. No CSS is injected at runtime (the console runs
// under `style-src 'self'`): ProseMirror's few needed rules are in rich-text-styles.ts, adopted by the host's shadow root.
// The only module of the console that imports the editor library. <kim-news-editor> loads it on demand with a dynamic
// `import()`; the CDN build ships it as its own file beside the console's (`pnpm size` prints both).
import { Editor } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { allowedLink, type RichTextCommand } from './rich-text-rules.js';

export {
  allowedLink,
  EDITOR_ELEMENTS,
  RICH_TEXT_SHORTCUTS,
  type RichTextCommand,
} from './rich-text-rules.js';

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
