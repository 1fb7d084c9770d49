// <kim-group-editor>: the KIM registry in the console. The list of the groups the person may manage (the server
// scopes it: an operator sees their own), registering a group (Dinas officials and admins), and the form with every
// registry field the API has: region picked level by level from the public regions API, the officers, focus areas,
// public contact and social links, the logo uploaded with progress. Saves send only what changed, with the version
// read (If-Match); a 412 shows what the other person changed and keeps the form. Archive asks first.
import {
  FOCUS_AREAS,
  type FocusArea,
  GROUP_LIMITS,
  type GroupAdminView,
  type Region,
  SOCIAL_NETWORKS,
  type SocialLink,
} from '@kim-kit/sdk';
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { common as publicCommon } from '../../locales/common.js';
import { CONTENT_LANGUAGE, stringsFor } from '../../locales/language.js';
import { fieldStyles } from '../../shared/field-styles.js';
import { formatDateTime } from '../../shared/format.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../shared/styles.js';
import { type GroupEditorStrings, groupEditor } from '../locales/group-editor.js';
import { KimConsoleElement } from '../shared/console-element.js';
import { consoleStyles } from '../shared/console-styles.js';
import { type Problems, problemsOf } from '../shared/problems.js';
import {
  errorSummaryView,
  fieldErrorView,
  fieldId,
  forbiddenView,
  loadErrorView,
  loadingView,
  signInGate,
} from '../shared/views.js';
import {
  changedGroupParts,
  emptyGroupValues,
  type GroupFormValues,
  groupInputOf,
  groupUpdateOf,
  valuesOfGroup,
} from './group-form.js';

/** The `group-id` that opens the registration form. */
export const NEW_GROUP = 'baru';
const PAGE_SIZE = 20;
const HTTP_URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ListState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; items: GroupAdminView[]; cursors: (string | undefined)[]; next: string | null };

type RecordState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; group: GroupAdminView | undefined };

interface RegionStep {
  /** Whose children this step lists (`undefined`: the provinces). */
  parent: string | undefined;
  options: Region[] | 'loading' | 'error';
  value: string;
}

const LEVEL_BY_DEPTH = ['province', 'city', 'district', 'village'] as const;
/** `19.71.01.1006` -> `['19', '19.71', '19.71.01', '19.71.01.1006']`. */
const ancestorsOf = (code: string) => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));
const depthOf = (code: string | undefined) => (code ? code.split('.').length : 0);

type TextField = {
  [K in keyof GroupFormValues]: GroupFormValues[K] extends string ? K : never;
}[keyof GroupFormValues];

/**
 * The KIM registry: list (`group-id` empty), registration (`group-id="baru"`) and one group (`group-id` = its id).
 * Console routes `#/kim`, `#/kim/baru`, `#/kim/<id>`; capabilities `groups.edit` (and `groups.create` to register).
 * @fires kim-group-saved - After a group was registered, changed, archived or restored; `detail.group` is it.
 * @csspart list - The table of groups (stacked cards below 40rem).
 * @csspart row - One group in the list.
 * @csspart register - The link to register a group (only with `groups.create`).
 * @csspart form - The group's form.
 * @csspart logo-progress - The progress of a logo upload.
 * @csspart conflict - What changed when someone else saved the group meanwhile.
 * @csspart archive-dialog - The confirmation before archiving.
 * @csspart error-summary - The problems of a failed save.
 */
export class KimGroupEditor extends KimConsoleElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    fieldStyles,
    visuallyHidden,
    consoleStyles,
    css`
      :host {
        display: block;
      }
      .editor {
        display: grid;
        gap: 1rem;
        container-type: inline-size;
      }
      form {
        display: grid;
        gap: 1.25rem;
      }
      fieldset {
        display: grid;
        gap: 0.75rem;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.75rem 1rem 1rem;
        margin: 0;
        min-width: 0;
      }
      legend {
        font-weight: 700;
        padding: 0 0.25rem;
      }
      .grid {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      }
      .checks {
        display: grid;
        gap: 0.25rem 1rem;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      }
      .social-row {
        display: grid;
        gap: 0.5rem;
        grid-template-columns: minmax(0, 10rem) minmax(0, 1fr) auto;
        align-items: end;
      }
      @container (max-width: 30rem) {
        .social-row {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .logo {
        max-width: 8rem;
        height: auto;
        border: 1px solid var(--_border);
      }
      progress {
        width: 100%;
        max-width: 20rem;
      }
      .row-link {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .pager p {
        margin: 0;
      }
      .conflict {
        border: 3px solid var(--_danger);
        padding: 0.75rem 1rem;
        display: grid;
        gap: 0.5rem;
      }
      .conflict ul {
        margin: 0;
      }
      input[type='file'] {
        max-width: 100%;
      }
      @media (forced-colors: active) {
        .conflict,
        fieldset {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** Empty: the list; `baru`: the registration form; otherwise the id of the group to edit. */
  @property({ attribute: 'group-id' }) groupId = '';

  @state() private list: ListState = { kind: 'loading' };
  @state() private query = '';
  @state() private archived = false;
  @state() private record: RecordState = { kind: 'loading' };
  @state() private base: GroupFormValues = emptyGroupValues();
  @state() private values: GroupFormValues = emptyGroupValues();
  @state() private regionSteps: RegionStep[] = [];
  @state() private logoPreview: string | undefined;
  @state() private upload: { percent: number } | 'done' | undefined;
  @state() private problems: Problems | undefined;
  @state() private busy = false;
  @state() private conflict: GroupAdminView | undefined;
  @state() private announcement = '';
  #loadedFor: string | undefined;
  #loads = 0;

  private get t(): GroupEditorStrings {
    return stringsFor(groupEditor, this.language);
  }

  private get official(): boolean {
    return this.activeSession?.can('groups.create') === true;
  }

  private get isNew(): boolean {
    return this.groupId === NEW_GROUP;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const session = this.activeSession;
    const key =
      session?.state === 'signed-in' && session.can('groups.edit') ? `${session.me?.id}|${this.groupId}` : undefined;
    if (key && key !== this.#loadedFor) {
      this.#loadedFor = key;
      if (!this.groupId) void this.#loadList();
      else void this.#loadRecord();
    }
  }

  override render(): TemplateResult {
    const session = this.activeSession;
    const gate = signInGate(this, session, this.language, this.theme);
    let body: TemplateResult | typeof nothing = nothing;
    if (session?.me && (session.state === 'signed-in' || session.state === 'expired')) {
      const allowed = session.state === 'expired' || (session.can('groups.edit') && (!this.isNew || this.official));
      body = allowed
        ? html`<div class="editor">${this.groupId ? this.#recordView() : this.#listView()}</div>`
        : forbiddenView(this.common);
    }
    return html`<div lang=${this.language === 'en' ? 'en' : 'id'}>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${gate} ${body}
    </div>`;
  }

  // The list.

  #listView(): TemplateResult {
    const t = this.t;
    const list = this.list;
    return html`<h1 id="title" tabindex="-1">${t.listTitle}</h1>
      <div class="toolbar">
        ${
          this.official
            ? html`<a class="button" part="register" href=${`#/kim/${NEW_GROUP}`}
              @click=${(e: Event) => this.#go(e, NEW_GROUP)}>${t.register}</a>`
            : nothing
        }
      </div>
      <form class="toolbar" role="search" @submit=${this.#search}>
        <div class="field">
          <label for="q">${t.searchLabel}</label>
          <input id="q" name="q" type="search" .value=${this.query}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
            }} />
        </div>
        <button type="submit" class="button secondary">${this.common.search}</button>
        <label class="check">
          <input type="checkbox" .checked=${this.archived} @change=${(e: Event) => {
            this.archived = (e.target as HTMLInputElement).checked;
            void this.#loadList();
          }} />
          <span>${t.showArchived}</span>
        </label>
      </form>
      <section aria-labelledby="list-title" aria-busy=${list.kind === 'loading' ? 'true' : 'false'}>
        <h2 id="list-title" class="visually-hidden">${t.listTitle}</h2>
        ${
          list.kind === 'loading'
            ? loadingView(this.common)
            : list.kind === 'error'
              ? loadErrorView(this.common, list.error, () => void this.#loadList())
              : this.#table(list)
        }
      </section>`;
  }

  #table(list: Extract<ListState, { kind: 'ready' }>): TemplateResult {
    const t = this.t;
    if (!list.items.length) {
      return html`<div class="state" part="empty"><p>${this.archived ? t.emptyArchived : t.empty}</p></div>`;
    }
    const page = list.cursors.length;
    return html`<table class="records" part="list">
        <thead>
          <tr>
            <th scope="col">${t.columnName}</th>
            <th scope="col">${t.columnVillage}</th>
            <th scope="col">${t.columnStatus}</th>
            <th scope="col">${t.columnUpdated}</th>
          </tr>
        </thead>
        <tbody>
          ${list.items.map(
            (group) => html`<tr part="row">
              <td>
                <a class="row-link" href=${`#/kim/${encodeURIComponent(group.id)}`} lang=${CONTENT_LANGUAGE}
                  @click=${(e: Event) => this.#go(e, group.id)}>${group.name}</a>
              </td>
              <td data-label=${t.columnVillage} lang=${CONTENT_LANGUAGE}>${group.village.name}, ${group.district.name}</td>
              <td data-label=${t.columnStatus}>${this.#statusBadge(group)}</td>
              <td data-label=${t.columnUpdated}>
                <time datetime=${group.updatedAt}>${formatDateTime(group.updatedAt, this.locale, group.regionCode)}</time>
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${
        page > 1 || list.next
          ? html`<nav class="pager" aria-label=${this.common.page.replace('{page}', String(page))}>
            <p>${this.common.page.replace('{page}', String(page))}</p>
            ${
              page > 1
                ? html`<button type="button" class="button secondary"
                  @click=${() => void this.#loadList({ cursors: list.cursors.slice(0, -1) })}>${this.common.previous}</button>`
                : nothing
            }
            ${
              list.next
                ? html`<button type="button" class="button secondary"
                  @click=${() => void this.#loadList({ cursors: [...list.cursors, list.next ?? undefined] })}>${this.common.next}</button>`
                : nothing
            }
          </nav>`
          : nothing
      }`;
  }

  #statusBadge(group: GroupAdminView): TemplateResult {
    const t = this.t;
    if (group.archivedAt) return html`<span class="badge danger">${t.archived}</span>`;
    return html`<span class="badge">${group.status === 'active' ? t.active : t.inactive}</span>`;
  }

  #search = (event: Event) => {
    event.preventDefault();
    void this.#loadList();
  };

  async #loadList(from: { cursors: (string | undefined)[] } = { cursors: [undefined] }): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    const load = ++this.#loads;
    this.list = { kind: 'loading' };
    try {
      const page = await session.client.admin.groups.list({
        q: this.query.trim() || undefined,
        status: this.archived ? 'archived' : undefined,
        limit: PAGE_SIZE,
        cursor: from.cursors.at(-1),
      });
      if (load === this.#loads)
        this.list = { kind: 'ready', items: page.data, cursors: from.cursors, next: page.nextCursor };
    } catch (error) {
      if (load === this.#loads) this.list = { kind: 'error', error };
    }
    await this.#focusTitle();
  }

  /** Follows a link inside the registry: the console's hash route changes too, so Back works. */
  #go(event: Event, id: string): void {
    const mouse = event as MouseEvent;
    if (mouse.ctrlKey || mouse.metaKey || mouse.shiftKey || mouse.button > 0) return;
    this.groupId = id;
    this.#focusTitleAfterLoad = true;
  }

  #focusTitleAfterLoad = false;

  // One group.

  #recordView(): TemplateResult {
    const t = this.t;
    const record = this.record;
    const back = html`<p><a href="#/kim" part="back" @click=${(e: Event) => this.#go(e, '')}>${t.backToList}</a></p>`;
    if (record.kind === 'loading') {
      return html`${back}<div aria-busy="true">${loadingView(this.common)}</div>`;
    }
    if (record.kind === 'error')
      return html`${back}${loadErrorView(this.common, record.error, () => void this.#loadRecord())}`;
    const group = record.group;
    return html`${back}
      <h1 id="title" tabindex="-1" lang=${group ? CONTENT_LANGUAGE : nothing}>${group ? group.name : t.newTitle}</h1>
      ${group?.archivedAt ? html`<p><span class="badge danger">${t.archivedOn.replace('{when}', formatDateTime(group.archivedAt, this.locale, group.regionCode))}</span></p>` : nothing}
      ${this.conflict && group ? this.#conflictView(group, this.conflict) : nothing}
      ${this.#form(group)}
      ${group && this.official ? this.#archiveControls(group) : nothing}`;
  }

  #form(group: GroupAdminView | undefined): TemplateResult {
    const t = this.t;
    const official = this.official;
    const labels: Record<string, string> = {
      name: t.name,
      slug: t.slug,
      regionCode: t.sectionRegion,
      'decree.number': t.decreeNumber,
      'decree.date': t.decreeDate,
      'decree.issuer': t.decreeIssuer,
      memberCount: t.memberCount,
      'contact.email': t.email,
      'contact.website': t.website,
    };
    return html`<form part="form" novalidate aria-busy=${this.busy ? 'true' : 'false'} @submit=${this.#save}>
      ${errorSummaryView(this.common, this.problems, this.renderRoot, labels)}
      <fieldset>
        <legend>${t.sectionIdentity}</legend>
        ${this.#text('name', 'name', t.name, { required: true, maxlength: GROUP_LIMITS.name.max })}
        ${
          official
            ? html`${this.#text('slug', 'slug', t.slug, { hint: t.slugHint, spellcheck: false })}
              <div class="field">
                <label for="status">${t.status}</label>
                <select id="status" .value=${this.values.status} @change=${(e: Event) =>
                  this.#set('status', (e.target as HTMLSelectElement).value as 'active' | 'inactive')}>
                  <option value="active" ?selected=${this.values.status === 'active'}>${t.active}</option>
                  <option value="inactive" ?selected=${this.values.status === 'inactive'}>${t.inactive}</option>
                </select>
              </div>`
            : nothing
        }
        ${this.#text('registryNumber', 'registryNumber', t.registryNumber, {
          hint: t.registryHint,
          maxlength: GROUP_LIMITS.registryNumber.max,
        })}
      </fieldset>
      ${this.#regionFieldset(group)}
      <fieldset>
        <legend>${t.sectionDecree}</legend>
        ${this.#text('address', 'address', t.address, { maxlength: GROUP_LIMITS.address.max })}
        <p id="decree-hint" class="hint">${t.decreeHint}</p>
        <div class="grid">
          ${this.#text('decreeNumber', 'decree.number', t.decreeNumber, { maxlength: GROUP_LIMITS.decreeNumber.max, describedBy: 'decree-hint' })}
          ${this.#text('decreeDate', 'decree.date', t.decreeDate, { type: 'date', describedBy: 'decree-hint' })}
          ${this.#text('decreeIssuer', 'decree.issuer', t.decreeIssuer, { maxlength: GROUP_LIMITS.decreeIssuer.max, describedBy: 'decree-hint' })}
        </div>
        ${this.#text('foundedOn', 'foundedOn', t.foundedOn, { type: 'date' })}
      </fieldset>
      <fieldset>
        <legend>${t.sectionPeople}</legend>
        <div class="grid">
          ${this.#text('chairName', 'chairName', t.chairName, { maxlength: GROUP_LIMITS.personName.max })}
          ${this.#text('secretaryName', 'secretaryName', t.secretaryName, { maxlength: GROUP_LIMITS.personName.max })}
          ${this.#text('treasurerName', 'treasurerName', t.treasurerName, { maxlength: GROUP_LIMITS.personName.max })}
          ${this.#text('memberCount', 'memberCount', t.memberCount, { type: 'number', inputmode: 'numeric' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.sectionFocus}</legend>
        <div class="checks">
          ${FOCUS_AREAS.map(
            (area) => html`<label class="check">
              <input type="checkbox" .checked=${this.values.focusAreas.includes(area)}
                @change=${(e: Event) => this.#toggleFocus(area, (e.target as HTMLInputElement).checked)} />
              <span>${stringsFor(publicCommon, this.language).focusAreas[area]}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.sectionContact}</legend>
        <div class="grid">
          ${this.#text('email', 'contact.email', t.email, { type: 'email', autocomplete: 'email', spellcheck: false })}
          ${this.#text('phone', 'contact.phone', t.phone, { type: 'tel', autocomplete: 'tel' })}
          ${this.#text('website', 'contact.website', t.website, { type: 'url', spellcheck: false })}
        </div>
        ${this.#socialLinks()}
      </fieldset>
      ${this.#logoFieldset(group)}
      <div class="toolbar">
        <button type="submit" class="button" part="save" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.busy ? t.saving : group ? t.save : t.saveNew}
        </button>
      </div>
    </form>`;
  }

  #text(
    field: TextField,
    path: string,
    label: string,
    options: {
      type?: string;
      hint?: string;
      describedBy?: string;
      required?: boolean;
      maxlength?: number;
      autocomplete?: string;
      inputmode?: string;
      spellcheck?: boolean;
    } = {},
  ): TemplateResult {
    const id = fieldId(path);
    const error = this.problems?.fields[path];
    const described = [options.describedBy, options.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p id=${`${id}-hint`} class="hint">${options.hint}</p>` : nothing}
      ${fieldErrorView(this.common, path, error)}
      <input id=${id} name=${path} type=${options.type ?? 'text'} .value=${this.values[field] as string}
        ?required=${options.required === true}
        maxlength=${options.maxlength ?? nothing}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        min=${options.type === 'number' ? '0' : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${described || nothing}
        @input=${(e: Event) => this.#set(field, (e.target as HTMLInputElement).value)} />
    </div>`;
  }

  #set<K extends keyof GroupFormValues>(field: K, value: GroupFormValues[K]): void {
    this.values = { ...this.values, [field]: value };
  }

  #toggleFocus(area: FocusArea, on: boolean): void {
    const areas = this.values.focusAreas.filter((a) => a !== area);
    this.#set('focusAreas', on ? [...areas, area] : areas);
  }

  #socialLinks(): TemplateResult {
    const t = this.t;
    const social = this.values.social;
    const update = (index: number, patch: Partial<{ network: SocialLink['network']; url: string }>) =>
      this.#set(
        'social',
        social.map((s, i) => (i === index ? { ...s, ...patch } : s)),
      );
    return html`<fieldset>
      <legend>${t.social}</legend>
      ${social.map((link, i) => {
        const path = `social.${i}.url`;
        const error = this.problems?.fields[path];
        return html`<div class="social-row">
          <div class="field">
            <label for=${`social-${i}-network`}>${t.socialNetwork} ${i + 1}</label>
            <select id=${`social-${i}-network`} @change=${(e: Event) =>
              update(i, { network: (e.target as HTMLSelectElement).value as SocialLink['network'] })}>
              ${SOCIAL_NETWORKS.map((n) => html`<option value=${n} ?selected=${n === link.network}>${t.networks[n]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for=${fieldId(path)}>${t.socialUrl} ${i + 1}</label>
            ${fieldErrorView(this.common, path, error)}
            <input id=${fieldId(path)} type="url" spellcheck="false" .value=${link.url}
              aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${fieldId(path)}-error` : nothing}
              @input=${(e: Event) => update(i, { url: (e.target as HTMLInputElement).value })} />
          </div>
          <button type="button" class="button secondary" @click=${() => this.#removeSocial(i)}>
            ${t.socialRemove.replace('{n}', String(i + 1))}
          </button>
        </div>`;
      })}
      ${
        social.length < GROUP_LIMITS.social.max
          ? html`<div><button type="button" class="button secondary" part="add-social" @click=${this.#addSocial}>${t.socialAdd}</button></div>`
          : nothing
      }
    </fieldset>`;
  }

  #addSocial = async () => {
    this.#set('social', [...this.values.social, { network: 'facebook', url: '' }]);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#social-${this.values.social.length - 1}-network`)?.focus();
  };

  async #removeSocial(index: number): Promise<void> {
    this.#set(
      'social',
      this.values.social.filter((_, i) => i !== index),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="add-social"]')?.focus();
  }

  // The region, level by level.

  #regionFieldset(group: GroupAdminView | undefined): TemplateResult {
    const t = this.t;
    if (!this.official) {
      return html`<fieldset>
        <legend>${t.sectionRegion}</legend>
        <p lang=${CONTENT_LANGUAGE}>${group ? `${group.village.name}, ${group.district.name}` : ''}</p>
      </fieldset>`;
    }
    const error = this.problems?.fields.regionCode;
    return html`<fieldset aria-describedby="region-hint">
      <legend>${t.sectionRegion}</legend>
      <p id="region-hint" class="hint">${t.regionHint}</p>
      ${fieldErrorView(this.common, 'regionCode', error)}
      <div class="grid">
        ${this.regionSteps.map((step, i) => {
          const level = LEVEL_BY_DEPTH[Math.min(depthOf(step.parent), 3)]!;
          const id = level === 'village' ? 'regionCode' : `region-${i}`;
          if (step.options === 'error') {
            return html`<div class="field">${loadErrorView(this.common, undefined, () => void this.#loadRegions(i))}</div>`;
          }
          const loading = step.options === 'loading';
          return html`<div class="field">
            <label for=${id}>${t.levels[level]}</label>
            <select id=${id} ?disabled=${loading} aria-busy=${loading ? 'true' : 'false'}
              aria-invalid=${error && level === 'village' ? 'true' : 'false'}
              aria-describedby=${error && level === 'village' ? 'regionCode-error' : nothing}
              @change=${(e: Event) => this.#chooseRegion(i, (e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!step.value}>${loading ? t.regionLoading : t.regionAny}</option>
              ${
                loading
                  ? nothing
                  : (step.options as Region[]).map(
                      (r) =>
                        html`<option value=${r.code} ?selected=${r.code === step.value} lang=${CONTENT_LANGUAGE}>${r.name}</option>`,
                    )
              }
            </select>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  /** The scope the picker starts from: a Dinas official's region, or the provinces for an admin. */
  #regionRoot(): string | undefined {
    const dinas = this.activeSession?.me?.memberships.find((m) => m.role === 'dinas');
    return dinas && 'region' in dinas ? dinas.region.code : undefined;
  }

  #startRegions(village: string): void {
    const root = this.#regionRoot();
    const chain = village ? ancestorsOf(village).filter((code) => depthOf(code) > depthOf(root)) : [];
    const parents = [root, ...chain.slice(0, -1)];
    this.regionSteps = parents.map((parent, i) => ({ parent, options: 'loading', value: chain[i] ?? '' }));
    this.regionSteps.forEach((_, i) => void this.#loadRegions(i));
  }

  async #loadRegions(index: number): Promise<void> {
    const session = this.activeSession;
    const step = this.regionSteps[index];
    if (!session || !step) return;
    this.#replaceStep(index, { ...step, options: 'loading' });
    try {
      const options: Region[] = [];
      for await (const region of session.client.regions.list(step.parent ? { parent: step.parent } : {})) {
        options.push(region);
      }
      const current = this.regionSteps[index];
      if (current && current.parent === step.parent) this.#replaceStep(index, { ...current, options });
    } catch {
      const current = this.regionSteps[index];
      if (current && current.parent === step.parent) this.#replaceStep(index, { ...current, options: 'error' });
    }
  }

  #replaceStep(index: number, step: RegionStep): void {
    this.regionSteps = this.regionSteps.map((s, i) => (i === index ? step : s));
  }

  #chooseRegion(index: number, code: string): void {
    const steps = this.regionSteps.slice(0, index + 1);
    steps[index] = { ...steps[index]!, value: code };
    const isVillage = depthOf(code) >= 4;
    if (code && !isVillage) steps.push({ parent: code, options: 'loading', value: '' });
    this.regionSteps = steps;
    this.#set('regionCode', isVillage ? code : '');
    if (code && !isVillage) void this.#loadRegions(steps.length - 1);
  }

  // The logo.

  #logoFieldset(group: GroupAdminView | undefined): TemplateResult {
    const t = this.t;
    const src = this.logoPreview ?? (this.values.logoMediaId && group?.logo ? group.logo.url : undefined);
    const name = this.values.name.trim() || group?.name || 'KIM';
    const upload = this.upload;
    return html`<fieldset>
      <legend>${t.sectionLogo}</legend>
      ${
        src
          ? html`<div>
            <p>${t.logoCurrent}</p>
            <img class="logo" src=${src} alt=${`Logo ${name}`} />
          </div>`
          : html`<p>${t.logoNone}</p>`
      }
      <p class="hint" id="logo-alt">${t.logoAlt.replace('{name}', name)}</p>
      <div class="field">
        <label for="logo">${t.logoChoose}</label>
        <p id="logo-hint" class="hint">${t.logoHint}</p>
        ${fieldErrorView(this.common, 'logoMediaId', this.problems?.fields.logoMediaId)}
        <input id="logo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="logo-hint logo-alt"
          @change=${this.#uploadLogo} />
      </div>
      ${
        upload && upload !== 'done'
          ? html`<div aria-live="polite">
            <label for="logo-progress">${t.logoUploading}</label>
            <progress id="logo-progress" part="logo-progress" max="100" value=${Math.round(upload.percent * 100)}>
              ${Math.round(upload.percent * 100)}%
            </progress>
          </div>`
          : nothing
      }
      ${
        this.values.logoMediaId
          ? html`<div><button type="button" class="button secondary" @click=${this.#removeLogo}>${t.logoRemove}</button></div>`
          : nothing
      }
    </fieldset>`;
  }

  #uploadLogo = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const session = this.activeSession;
    if (!file || !session) return;
    const group = this.record.kind === 'ready' ? this.record.group : undefined;
    this.upload = { percent: 0 };
    this.problems = undefined;
    try {
      const media = await session.client.admin.media.upload(file, {
        ...(group ? { groupId: group.id } : {}),
        onUploadProgress: ({ percent }) => {
          this.upload = { percent };
        },
      });
      this.#set('logoMediaId', media.id);
      this.logoPreview = media.url;
      this.upload = 'done';
      this.announcement = this.t.logoUploaded;
    } catch (error) {
      this.upload = undefined;
      const problems = problemsOf(error, this.common);
      this.problems = { ...problems, fields: { logoMediaId: problems.message || this.common.errorGeneric } };
      input.value = '';
    }
  };

  #removeLogo = () => {
    this.#set('logoMediaId', null);
    this.logoPreview = undefined;
    this.upload = undefined;
  };

  // Archive.

  #archiveControls(group: GroupAdminView): TemplateResult {
    const t = this.t;
    if (group.archivedAt) {
      return html`<div class="toolbar">
        <button type="button" class="button secondary" part="restore" @click=${() => void this.#archive('restore')}>${t.restore}</button>
      </div>`;
    }
    return html`<div class="toolbar">
        <button type="button" class="button secondary" part="archive" @click=${this.#askArchive}>${t.archive}</button>
      </div>
      <dialog id="archive-dialog" part="archive-dialog" aria-labelledby="archive-title" aria-describedby="archive-text">
        <h2 id="archive-title" lang=${CONTENT_LANGUAGE}>${t.archiveConfirmTitle.replace('{name}', group.name)}</h2>
        <p id="archive-text">${t.archiveConfirmText}</p>
        <div class="toolbar">
          <button type="button" class="button" part="archive-confirm" @click=${() => void this.#archive('archive')}>${t.archiveConfirm}</button>
          <button type="button" class="button secondary" autofocus @click=${this.#closeDialog}>${this.common.cancel}</button>
        </div>
      </dialog>`;
  }

  #askArchive = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('#archive-dialog')?.showModal();
  };

  #closeDialog = () => {
    this.renderRoot.querySelector<HTMLDialogElement>('#archive-dialog')?.close();
  };

  async #archive(action: 'archive' | 'restore'): Promise<void> {
    const session = this.activeSession;
    if (!session || this.record.kind !== 'ready' || !this.record.group || this.busy) return;
    const group = this.record.group;
    this.#closeDialog();
    this.busy = true;
    this.problems = undefined;
    try {
      const saved =
        action === 'archive'
          ? await session.client.admin.groups.archive(group.id, { version: group.version })
          : await session.client.admin.groups.restore(group.id, { version: group.version });
      this.#show(saved, false);
      this.announcement = (action === 'archive' ? this.t.didArchive : this.t.didRestore).replace('{name}', saved.name);
      this.#saved(saved);
      await this.updateComplete;
      this.renderRoot
        .querySelector<HTMLElement>(action === 'archive' ? '[part~="restore"]' : '[part~="archive"]')
        ?.focus();
    } catch (error) {
      await this.#failed(error);
    } finally {
      this.busy = false;
    }
  }

  // Loading, saving, conflicts.

  async #loadRecord(): Promise<void> {
    const session = this.activeSession;
    if (!session) return;
    const id = this.groupId;
    this.problems = undefined;
    this.conflict = undefined;
    this.upload = undefined;
    this.logoPreview = undefined;
    if (id === NEW_GROUP) {
      this.record = { kind: 'ready', group: undefined };
      this.base = emptyGroupValues();
      this.values = emptyGroupValues();
      if (this.official) this.#startRegions('');
      await this.#focusTitle();
      return;
    }
    this.record = { kind: 'loading' };
    try {
      const group = await session.client.admin.groups.get(id);
      if (this.groupId !== id) return;
      this.#show(group, true);
    } catch (error) {
      if (this.groupId === id) this.record = { kind: 'error', error };
    }
    await this.#focusTitle();
  }

  async #focusTitle(): Promise<void> {
    if (!this.#focusTitleAfterLoad) return;
    this.#focusTitleAfterLoad = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Shows a group as saved on the server; `resetForm` also replaces what the form holds. */
  #show(group: GroupAdminView, resetForm: boolean): void {
    this.record = { kind: 'ready', group };
    this.base = valuesOfGroup(group);
    if (resetForm) {
      this.values = valuesOfGroup(group);
      this.logoPreview = undefined;
      if (this.official) this.#startRegions(group.regionCode);
    }
  }

  #saved(group: GroupAdminView): void {
    this.dispatchEvent(new CustomEvent('kim-group-saved', { detail: { group }, bubbles: true, composed: true }));
  }

  #validate(): Record<string, string> {
    const t = this.t;
    const v = this.values;
    const errors: Record<string, string> = {};
    const name = v.name.trim();
    if (name.length < GROUP_LIMITS.name.min || name.length > GROUP_LIMITS.name.max) {
      errors.name = t.invalidName
        .replace('{min}', String(GROUP_LIMITS.name.min))
        .replace('{max}', String(GROUP_LIMITS.name.max));
    }
    if (this.isNew && !v.regionCode) errors.regionCode = t.chooseVillage;
    const decree = [v.decreeNumber.trim(), v.decreeDate, v.decreeIssuer.trim()];
    if (decree.some(Boolean) && !decree.every(Boolean)) {
      const path = !decree[0] ? 'decree.number' : !decree[1] ? 'decree.date' : 'decree.issuer';
      errors[path] = t.decreeIncomplete;
    }
    const count = v.memberCount.trim();
    if (count && !(/^\d+$/.test(count) && Number(count) <= GROUP_LIMITS.memberCount.max)) {
      errors.memberCount = t.invalidCount.replace('{max}', String(GROUP_LIMITS.memberCount.max));
    }
    if (v.email.trim() && !EMAIL.test(v.email.trim())) errors['contact.email'] = t.invalidEmail;
    if (v.website.trim() && !HTTP_URL.test(v.website.trim())) errors['contact.website'] = t.invalidUrl;
    v.social.forEach((s, i) => {
      if (s.url.trim() && !HTTP_URL.test(s.url.trim())) errors[`social.${i}.url`] = t.invalidUrl;
    });
    return errors;
  }

  #save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const session = this.activeSession;
    if (!session || this.busy || this.record.kind !== 'ready') return;
    const t = this.t;
    const errors = this.#validate();
    if (Object.keys(errors).length) {
      this.problems = { kind: 'validation', message: '', fields: errors };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
      return;
    }
    const group = this.record.group;
    this.problems = undefined;
    this.busy = true;
    try {
      if (!group) {
        const created = await session.client.admin.groups.create(groupInputOf(this.values));
        this.announcement = t.created.replace('{name}', created.name);
        this.#saved(created);
        this.#loadedFor = `${session.me?.id}|${created.id}`;
        this.groupId = created.id;
        this.#show(created, true);
        if (location.hash.startsWith('#/kim'))
          history.replaceState(null, '', `#/kim/${encodeURIComponent(created.id)}`);
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
        return;
      }
      const update = groupUpdateOf(this.base, this.values, this.official);
      if (!Object.keys(update).length) {
        this.announcement = t.nothingChanged;
        return;
      }
      const saved = await session.client.admin.groups.update(group.id, update, { version: group.version });
      this.conflict = undefined;
      this.#show(saved, false);
      // What the server normalised (trimmed text, the derived slug) shows in the form.
      this.values = valuesOfGroup(saved);
      this.announcement = t.savedChanges.replace('{name}', saved.name);
      this.#saved(saved);
    } catch (error) {
      await this.#failed(error);
    } finally {
      this.busy = false;
    }
  };

  async #failed(error: unknown): Promise<void> {
    const failure = error as { status?: number; current?: GroupAdminView };
    if (failure?.status === 412 && failure.current) {
      this.conflict = failure.current;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="conflict"]')?.focus();
      return;
    }
    this.problems = problemsOf(error, this.common);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#error-summary')?.focus();
  }

  #conflictView(mine: GroupAdminView, current: GroupAdminView): TemplateResult {
    const t = this.t;
    const parts = changedGroupParts(mine, current);
    return html`<section class="conflict" part="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-title">
      <h2 id="conflict-title">${t.conflictTitle}</h2>
      <p>${t.conflictText}</p>
      ${
        parts.length
          ? html`<p>${stringsFor(groupEditor, this.language).theirs}:</p>
            <ul>${parts.map((part) => html`<li>${t.parts[part]}</li>`)}</ul>`
          : nothing
      }
      <div class="toolbar">
        <button type="button" class="button" part="keep-mine" @click=${this.#keepMine}>${t.conflictKeepMine}</button>
        <button type="button" class="button secondary" part="take-theirs" @click=${this.#takeTheirs}>${t.conflictTakeTheirs}</button>
      </div>
    </section>`;
  }

  /** Saves what the person typed over the latest version: only the parts they changed are sent. */
  #keepMine = async () => {
    const current = this.conflict;
    if (!current) return;
    this.conflict = undefined;
    const base = this.base;
    const values = this.values;
    this.record = { kind: 'ready', group: current };
    // The person's own changes (against what they had opened) applied on the latest version.
    const mine = groupUpdateOf(base, values, this.official);
    this.base = valuesOfGroup(current);
    this.values = { ...valuesOfGroup(current), ...this.#valuesOfUpdate(mine, values) };
    await this.#save(new Event('submit'));
  };

  #valuesOfUpdate(update: object, values: GroupFormValues): Partial<GroupFormValues> {
    const keys = Object.keys(update);
    const picked: Partial<GroupFormValues> = {};
    const copy = <K extends keyof GroupFormValues>(...fields: K[]) => {
      for (const field of fields) picked[field] = values[field];
    };
    for (const key of keys) {
      if (key === 'decree') copy('decreeNumber', 'decreeDate', 'decreeIssuer');
      else if (key === 'contact') copy('email', 'phone', 'website');
      else copy(key as keyof GroupFormValues);
    }
    return picked;
  }

  #takeTheirs = async () => {
    const current = this.conflict;
    if (!current) return;
    this.conflict = undefined;
    this.#show(current, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  };
}
