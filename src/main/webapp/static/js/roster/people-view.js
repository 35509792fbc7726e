// The teacher's "People" view: everyone enrolled, read from the LMS roster and from launches, and the roster
// sync's progress and last time. Sync runs in the background; the view polls it while it runs.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { announce } from '../lms.js';

class CairnPeopleView extends LitElement {
  static properties = {
    people: { state: true },
    sync: { state: true },
    error: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.people = null;
    this.sync = null;
    this.error = null;
    this.polling = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      this.people = await api('/api/v1/courses/current/people');
      this.followSync();
    } catch (e) {
      this.error = e.message;
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.polling);
  }

  async followSync() {
    clearTimeout(this.polling);
    try {
      const before = this.sync?.status;
      this.sync = await api('/api/v1/courses/current/roster/sync');
      if (this.sync.status === 'QUEUED' || this.sync.status === 'RUNNING') {
        this.polling = setTimeout(() => this.followSync(), 1000);
      } else if (before === undefined || before === 'QUEUED' || before === 'RUNNING') {
        // A sync may have finished between the first people request and this one: read the people again.
        this.people = await api('/api/v1/courses/current/people');
        if (before !== undefined) {
          announce(this.sync.status === 'SUCCEEDED'
            ? this.t('roster.sync.done', this.sync.activeMembers) : this.t('roster.sync.failed', this.sync.message ?? ''));
        }
      }
    } catch (e) {
      this.sync = { status: 'FAILED', message: e.message };
    }
  }

  async syncNow() {
    try {
      this.sync = await api('/api/v1/courses/current/roster/sync', { method: 'POST' });
    } catch (e) {
      this.sync = { ...(this.sync ?? {}), status: this.sync?.status ?? 'FAILED', message: e.message };
    }
    this.followSync();
  }

  syncPanel() {
    const t = this.t;
    const sync = this.sync;
    if (!sync) return '';
    const running = sync.status === 'QUEUED' || sync.status === 'RUNNING';
    const last = sync.lastSuccessAt
      ? new Date(sync.lastSuccessAt).toLocaleString(this.session?.locale ?? undefined) : t('roster.sync.never');
    // Which kind of read the last sync was: the changes since the previous one (NRPS rel="differences") or the
    // whole roster, and whether it fell back to the whole roster because the changes could not be read.
    const mode = sync.status !== 'SUCCEEDED' ? null
      : sync.fullReason === 'DIFFERENCES_FAILED' ? 'fallback'
        : sync.mode === 'DIFFERENCES' ? 'differences' : sync.mode === 'FULL' ? 'full' : null;
    return html`
      <section class="sync" aria-labelledby="sync-heading">
        <h2 id="sync-heading">${t('roster.sync.title')}</h2>
        <p>${t('roster.sync.last', last)}${mode ? html` <span class="muted">${t(`roster.sync.mode.${mode}`)}</span>` : ''}</p>
        <div role="status" aria-live="polite">
          ${running ? html`
            <label for="sync-progress">${t('roster.sync.running', sync.membersSeen, sync.pages)}</label>
            <progress id="sync-progress"></progress>` : ''}
          ${sync.status === 'FAILED' && sync.message ? html`<p class="notice error">${sync.message}</p>` : ''}
        </div>
        <button type="button" class="secondary" ?disabled=${running} @click=${() => this.syncNow()}>
          ${t('roster.sync.now')}</button>
      </section>`;
  }

  roleName(role) {
    return this.t(`roster.role.${String(role).toLowerCase()}`);
  }

  render() {
    const t = this.t;
    if (this.error) {
      return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    }
    if (!this.people) return html`<p role="status">${t('shell.loading')}</p>`;
    const others = this.people.filter((p) => p.personId !== this.session?.personId);
    return html`
      ${this.syncPanel()}
      <h2 id="people-heading">${t('roster.course.people')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="people-heading" tabindex="0">
        <table class="roster">
          <caption class="visually-hidden">${t('roster.course.peopleCaption')}</caption>
          <thead><tr><th scope="col">${t('roster.course.name')}</th><th scope="col">${t('roster.course.role')}</th></tr></thead>
          <tbody>
            ${this.people.map((p) => html`<tr>
              <th scope="row">${p.name ?? html`<span class="muted">${t('roster.course.noName')}</span> <code>${p.sub}</code>`}</th>
              <td>${this.roleName(p.role)}</td></tr>`)}
          </tbody>
        </table>
      </div>
      ${others.length === 0 ? html`<p>${t('roster.course.empty')}</p>` : ''}
    `;
  }
}

customElements.define('cairn-people-view', CairnPeopleView);
