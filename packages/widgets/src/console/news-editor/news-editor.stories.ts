import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../define/news-editor.js';
import { KimSession } from '../shared/session.js';
import { DINAS_ME, FAKE_CONSOLE_BASE } from '../test-fixtures/fake-auth-api.js';
import {
  createFakeNewsApi,
  type FakeNewsApi,
  fakeArticle,
  OPERATOR_ME,
  TINY_PNG,
} from '../test-fixtures/fake-news-api.js';
import { DraftStore } from './draft-store.js';
import { KimNewsEditor } from './news-editor.js';

const PATIENCE = { timeout: 5000 };

interface EditorArgs {
  /** Edit this fake article (`news_1`); absent: a new article. */
  article?: Parameters<typeof fakeArticle>[0];
  /** A draft left on this device before the story starts. */
  restored?: boolean;
  /** Sign in as the Dinas official (who cannot write news in the fake). */
  dinas?: boolean;
  /** Open an article that does not exist. */
  missing?: boolean;
  /** The connection is down from the start. */
  offline?: boolean;
}

/** A session already signed in (kept in memory only) on a fresh fake API. */
function sessionFor(api: FakeNewsApi, dinas: boolean): KimSession {
  const me = dinas ? DINAS_ME : OPERATOR_ME;
  const secret = api.operatorSecret();
  api.sessions.set(secret, me);
  const stored = JSON.stringify({ secret, me });
  return new KimSession({
    baseUrl: FAKE_CONSOLE_BASE,
    fetch: api.fetch,
    storage: { getItem: () => stored, setItem: () => {}, removeItem: () => {} },
  });
}

/** Each story's fake API, by the session its editor uses (plays switch it offline or change the article). */
const apis = new WeakMap<KimSession, FakeNewsApi>();
const apiOf = (canvas: HTMLElement) => apis.get(editorOf(canvas).session!)!;

const meta: Meta<EditorArgs> = {
  title: 'Console/Tulis berita (kim-news-editor)',
  component: 'kim-news-editor',
  render: (args, { globals }) => {
    const api = createFakeNewsApi();
    if (args.article) api.articles.set('news_1', fakeArticle(args.article));
    const session = sessionFor(api, args.dinas ?? false);
    apis.set(session, api);
    api.offline = args.offline ?? false;
    // Each story starts with a clean device: only the restored-draft story leaves a draft behind.
    const store = new DraftStore(`${session.baseUrl}|${session.me!.id}`, args.article ? 'news_1' : undefined, {
      delay: 0,
    });
    store.clear();
    if (args.restored) {
      store.write(
        {
          groupId: 'grp_0002',
          categoryId: 'kesehatan',
          title: 'Kerja bakti di RT 03 (belum terkirim)',
          summary: '',
          body: '<p>Warga membersihkan saluran air sebelum musim hujan.</p>',
          image: null,
        },
        null,
      );
      store.flush();
    }
    return html`<kim-news-editor
      .session=${session}
      .articleId=${args.missing ? 'news_404' : args.article ? 'news_1' : undefined}
      theme=${globals.theme || 'light'}
    ></kim-news-editor>`;
  },
};
export default meta;

type Story = StoryObj<EditorArgs>;

const editorOf = (canvas: HTMLElement) => canvas.querySelector('kim-news-editor')!;
const rootOf = (canvas: HTMLElement) => editorOf(canvas).shadowRoot!;

async function ready(canvas: HTMLElement) {
  await waitFor(() => expect(rootOf(canvas).querySelector('.rich-text')).not.toBeNull(), PATIENCE);
  return rootOf(canvas);
}

function setValue(root: ShadowRoot, id: string, value: string, event = 'input') {
  const field = root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
}

/** A new article: the empty form, the toolbar, the shortcuts. */
export const New: Story = {
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
  },
};

/** Sent empty: each problem beside its field and in a summary that links to it. */
export const Required: Story = {
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="error-summary"] li')).not.toBeNull(), PATIENCE);
  },
};

/** A draft left on this device (a reload, a closed tab): restored, with a way to discard it. */
export const Restored: Story = {
  args: { restored: true },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="restored"]')).not.toBeNull(), PATIENCE);
  },
};

/** Saving without a connection: a human message, the draft kept on the device. */
export const Offline: Story = {
  args: { article: {} },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    setValue(root, 'title', 'Posyandu Bacang bulan Desember (ralat)');
    apiOf(canvasElement).offline = true;
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="error-summary"]')).not.toBeNull(), PATIENCE);
  },
};

/** Chooses the tiny PNG as the cover photo. */
function chooseCover(root: ShadowRoot) {
  const files = new DataTransfer();
  files.items.add(new File([TINY_PNG], 'foto.png', { type: 'image/png' }));
  const input = root.querySelector<HTMLInputElement>('#cover')!;
  input.files = files.files;
  input.dispatchEvent(new Event('change'));
}

/** A photo on its way up: the progress bar. */
export const Uploading: Story = {
  tags: ['busy'],
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    apiOf(canvasElement).holdUploads = new Promise(() => {});
    chooseCover(root);
    await waitFor(() => expect(root.querySelector('[part~="upload-progress"]')).not.toBeNull(), PATIENCE);
  },
};

/** A cover photo without its alternative text: the save is refused until it has one. */
export const AltRequired: Story = {
  name: 'Alt text required',
  args: { article: {} },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    chooseCover(root);
    await waitFor(() => expect(root.querySelector('#alt')).not.toBeNull(), PATIENCE);
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('#alt-error')).not.toBeNull(), PATIENCE);
  },
};

/** The preview: the body through the public widgets' sanitizer and reader styles. */
export const Preview: Story = {
  args: {
    article: {
      body: '<h2>Jadwal</h2><p>Mulai <strong>08.00</strong> WIB di balai kelurahan.</p><ul><li><p>Bawa buku KIA</p></li></ul>',
    },
  },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    root.querySelector<HTMLButtonElement>('[part~="preview-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="preview-body"] h2')).not.toBeNull(), PATIENCE);
  },
};

/** Sent back by the reviewer: the note, and the article editable again. */
export const Returned: Story = {
  args: {
    article: {
      status: 'returned',
      reviewNote: {
        note: 'Mohon lengkapi jadwal kegiatan dan nama petugas.',
        by: { id: 'usr_dinas_1', name: 'Siti Rahma' },
        at: '2026-11-30T03:00:00.000Z',
        action: 'return',
      },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="review-note"]')).not.toBeNull(), PATIENCE);
  },
};

/** Submitted: waiting for review, no longer editable by the operator. */
export const Submitted: Story = {
  args: { article: { status: 'submitted', submittedAt: '2026-11-30T03:00:00.000Z' } },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    await waitFor(() => expect(root.querySelector('[part~="read-only"]')).not.toBeNull(), PATIENCE);
  },
};

/** Someone saved first (412): both versions side by side, "keep mine" or "take theirs". */
export const Conflict: Story = {
  args: { article: {} },
  play: async ({ canvasElement }) => {
    const root = await ready(canvasElement);
    setValue(root, 'title', 'Posyandu Bacang: jadwal versi operator');
    const api = apiOf(canvasElement);
    api.articles.set('news_1', fakeArticle({ title: 'Posyandu Bacang: jadwal versi dinas', version: 2 }));
    root.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitFor(() => expect(root.querySelector('[part~="conflict"]')).not.toBeNull(), PATIENCE);
  },
};

/** A role that cannot write news. */
export const Forbidden: Story = {
  args: { dinas: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="forbidden"]')).not.toBeNull(), PATIENCE);
  },
};

/** An article that does not exist (deleted, or a mistyped address). */
export const NotFound: Story = {
  name: 'Not found',
  args: { missing: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="not-found"]')).not.toBeNull(), PATIENCE);
  },
};

/** The article cannot be loaded (no connection): a message and a retry. */
export const LoadError: Story = {
  name: 'Load error',
  args: { article: {}, offline: true },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="load-error"]')).not.toBeNull(), PATIENCE);
  },
};

/** Replaces the editor's on-demand download for one story, and puts it back afterwards. */
function editorDownload(load: typeof KimNewsEditor.loadRichText) {
  return () => {
    const original = KimNewsEditor.loadRichText;
    KimNewsEditor.loadRichText = load;
    return () => {
      KimNewsEditor.loadRichText = original;
    };
  };
}

/** The editor is still downloading (it loads on demand): the other fields work, the body area says so. */
export const EditorLoading: Story = {
  name: 'Editor loading',
  tags: ['busy'],
  beforeEach: editorDownload(() => new Promise(() => {})),
  play: async ({ canvasElement }) => {
    await waitFor(
      () => expect(rootOf(canvasElement).querySelector('[part~="editor-loading"]')).not.toBeNull(),
      PATIENCE,
    );
  },
};

/** The editor could not be downloaded (offline): a message and "Coba lagi"; the title, the draft and saving still work. */
export const EditorLoadFailed: Story = {
  name: 'Editor load failed',
  beforeEach: editorDownload(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rootOf(canvasElement).querySelector('[part~="editor-error"]')).not.toBeNull(), PATIENCE);
  },
};
