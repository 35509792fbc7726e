// The teacher's "Gradebook" view: Cairn's columns in the LMS gradebook with sent / waiting / needs-attention
// counts, the grades that need attention with the reason and a retry button, the column grouping, and LMS
// assignments whose results count as evidence. It refreshes itself while grades are on their way.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { announce } from '../lms.js';

const BASE = '/api/v1/courses/current/grades';

class CairnGradesView extends LitElement {
  static properties = {
    overview: { state: true },
    assignments: { state: true },
    error: { state: true },
    message: { state: true },
    busy: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.overview = null;
    this.assignments = null;
    this.error = null;
    this.message = null;
    this.busy = false;
    this.polling = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.refresh();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.polling);
  }

  async refresh() {
    clearTimeout(this.polling);
    try {
      this.overview = await api(BASE);
      this.error = null;
      if (this.overview.columns.some((c) => c.pending > 0)) {
        this.polling = setTimeout(() => this.refresh(), 2000);
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  async act(work, done) {
    this.busy = true;
    try {
      const result = await work();
      this.message = { text: done(result), error: false };
      announce(this.message.text);
    } catch (e) {
      this.message = { text: e.message, error: true };
    } finally {
      this.busy = false;
    }
    await this.refresh();
  }

  choose(grouping) {
    this.act(() => api(`${BASE}/grouping`, { method: 'PUT', body: { grouping } }), () => this.t('grades.grouping.saved'));
  }

  retry(deliveryId) {
    this.act(() => api(`${BASE}/deliveries/${encodeURIComponent(deliveryId)}/retry`, { method: 'POST' }),
      () => this.t('grades.attention.retried'));
  }

  async loadAssignments() {
    this.busy = true;
    try {
      this.assignments = await api(`${BASE}/assignments`);
      this.message = null;
    } catch (e) {
      this.message = { text: e.message, error: true };
    } finally {
      this.busy = false;
    }
  }

  map(event) {
    event.preventDefault();
    const form = event.target;
    const select = form.querySelector('#grades-assignment');
    const chosen = this.assignments?.find((a) => a.id === select.value);
    const standardIds = [...form.querySelectorAll('input[name="standard"]:checked')].map((i) => i.value);
    this.act(() => api(`${BASE}/mappings`, {
      method: 'POST', body: { lineItemId: select.value, label: chosen?.label, standardIds },
    }), () => this.t('grades.results.mapped'));
  }

  unmap(id) {
    this.act(() => api(`${BASE}/mappings/${encodeURIComponent(id)}`, { method: 'DELETE' }), () => this.t('grades.results.empty'));
  }

  readNow() {
    this.act(() => api(`${BASE}/results/read`, { method: 'POST' }),
      (r) => this.t('grades.results.read', r.results, r.recorded) + (r.problems.length ? ` ${r.problems.join(' ')}` : ''));
  }

  when(value) {
    return value ? new Date(value).toLocaleString(this.session?.locale ?? undefined) : '';
  }

  grouping() {
    const t = this.t;
    const current = this.overview.grouping;
    return html`
      <fieldset class="grades-grouping">
        <legend>${t('grades.grouping.legend')}</legend>
        ${['STANDARD', 'PERIOD'].map((g) => html`
          <label><input type="radio" name="grouping" value=${g} .checked=${current === g} ?disabled=${this.busy}
            @change=${() => this.choose(g)}> ${t(`grades.grouping.${g.toLowerCase()}`)}</label>`)}
      </fieldset>`;
  }

  columns() {
    const t = this.t;
    const columns = this.overview.columns;
    if (columns.length === 0) return html`<p>${t('grades.columns.empty')}</p>`;
    const pending = columns.some((c) => c.pending > 0);
    return html`
      <div class="table-scroll" role="region" aria-labelledby="grades-columns-heading" tabindex="0">
        <table class="grades-columns">
          <caption>${t('grades.columns.caption')}</caption>
          <thead><tr>
            <th scope="col">${t('grades.columns.label')}</th>
            <th scope="col">${t('grades.delivery.delivered')}</th>
            <th scope="col">${t('grades.delivery.pending')}</th>
            <th scope="col">${t('grades.delivery.needsAttention')}</th>
          </tr></thead>
          <tbody>
            ${columns.map((c) => html`<tr data-column=${c.id}>
              <th scope="row">${c.label} <span class="muted">(${t(`grades.columns.kind.${c.kind}`)})</span></th>
              <td class="delivered">${c.delivered}</td>
              <td class="pending">${c.pending}</td>
              <td class="attention">${c.needsAttention > 0 ? html`<strong>${c.needsAttention}</strong>` : c.needsAttention}</td>
            </tr>`)}
          </tbody>
        </table>
      </div>
      <p role="status" aria-live="polite">${pending ? t('grades.columns.autorefresh') : ''}</p>
      ${columns.filter((c) => c.attention.length > 0).map((c) => this.attention(c))}`;
  }

  attention(column) {
    const t = this.t;
    const headingId = `grades-attention-${column.id}`;
    return html`
      <section class="grades-attention" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${t('grades.attention.title', column.label)}</h3>
        <div class="table-scroll" role="region" aria-labelledby=${headingId} tabindex="0">
          <table>
            <caption class="visually-hidden">${t('grades.attention.caption')}</caption>
            <thead><tr>
              <th scope="col">${t('grades.attention.student')}</th>
              <th scope="col">${t('grades.attention.when')}</th>
              <th scope="col">${t('grades.attention.reason')}</th>
              <th scope="col">${t('grades.attention.action')}</th>
            </tr></thead>
            <tbody>
              ${column.attention.map((a) => {
                const who = a.student ?? t('grades.attention.noName', a.userSub);
                return html`<tr>
                  <th scope="row">${who}</th>
                  <td>${this.when(a.scoreTimestamp)}</td>
                  <td>${a.reason}</td>
                  <td><button type="button" class="secondary" ?disabled=${this.busy}
                    aria-label=${t('grades.attention.retryOf', who)} @click=${() => this.retry(a.deliveryId)}>
                    ${t('grades.delivery.retry')}</button></td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </section>`;
  }

  results() {
    const t = this.t;
    const o = this.overview;
    return html`
      <section class="grades-results" aria-labelledby="grades-results-heading">
        <h2 id="grades-results-heading">${t('grades.results.title')}</h2>
        <p>${t('grades.results.lead')}</p>
        ${o.mappings.length === 0 ? html`<p>${t('grades.results.empty')}</p>` : html`
          <div class="table-scroll" role="region" aria-labelledby="grades-results-heading" tabindex="0">
            <table>
              <caption class="visually-hidden">${t('grades.results.caption')}</caption>
              <thead><tr>
                <th scope="col">${t('grades.results.assignment')}</th>
                <th scope="col">${t('grades.results.standard')}</th>
                <th scope="col">${t('grades.results.recorded')}</th>
                <th scope="col">${t('grades.results.lastRead')}</th>
                <th scope="col">${t('grades.attention.action')}</th>
              </tr></thead>
              <tbody>
                ${o.mappings.map((m) => html`<tr>
                  <th scope="row">${m.label}</th>
                  <td>${m.standard}</td>
                  <td>${m.recorded}</td>
                  <td>${m.lastReadAt ? this.when(m.lastReadAt) : t('grades.results.never')}
                    ${m.lastError ? html`<p class="notice error">${m.lastError}</p>` : ''}</td>
                  <td><button type="button" class="secondary" ?disabled=${this.busy}
                    @click=${() => this.unmap(m.id)}>${t('grades.results.remove', m.label, m.standard)}</button></td>
                </tr>`)}
              </tbody>
            </table>
          </div>
          <button type="button" ?disabled=${this.busy} @click=${() => this.readNow()}>${t('grades.results.readNow')}</button>`}
        ${this.assignments === null ? html`
          <button type="button" class="secondary" ?disabled=${this.busy}
            @click=${() => this.loadAssignments()}>${t('grades.results.load')}</button>` : this.mappingForm()}
      </section>`;
  }

  mappingForm() {
    const t = this.t;
    if (this.assignments.length === 0) return html`<p>${t('grades.results.none')}</p>`;
    return html`
      <form class="grades-map" @submit=${(e) => this.map(e)}>
        <label for="grades-assignment">${t('grades.results.assignment')}</label>
        <select id="grades-assignment" required>
          <option value="">${t('grades.results.choose')}</option>
          ${this.assignments.map((a) => html`<option value=${a.id}>${a.label}</option>`)}
        </select>
        <fieldset>
          <legend>${t('grades.results.standards')}</legend>
          ${this.overview.standards.map((s) => html`
            <label><input type="checkbox" name="standard" value=${s.id}> <strong>${s.code}</strong> ${s.statement}</label>`)}
        </fieldset>
        <button type="submit" ?disabled=${this.busy}>${t('grades.results.map')}</button>
      </form>`;
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.overview) return html`<p role="status">${t('grades.loading')}</p>`;
    const o = this.overview;
    const problem = { 'no-ags': 'grades.noAgs', 'no-lineitems': 'grades.noLineItems', 'no-score': 'grades.noScore' }[o.gradebookProblem];
    return html`
      <h2>${t('grades.title')}</h2>
      <p>${t('grades.lead')}</p>
      ${problem ? html`<p class="notice">${t(problem)}</p>` : ''}
      ${this.message ? html`<div class="notice ${this.message.error ? 'error' : ''}" role=${this.message.error ? 'alert' : 'status'}>
        <p>${this.message.text}</p></div>` : ''}
      ${this.grouping()}
      <h2 id="grades-columns-heading">${t('grades.columns')}</h2>
      ${this.columns()}
      ${this.results()}`;
  }
}

customElements.define('cairn-grades-view', CairnGradesView);
