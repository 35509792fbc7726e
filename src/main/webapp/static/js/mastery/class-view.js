// The teacher's landing view: the class heatmap (students × the course's prioritized standards) as a real table,
// with the level's label in every cell beside its colour, a legend, the class row, sorting and filtering, a
// drill-down into one cell (evidence, "explain my level", override) and keyboard quick entry for one standard.
// A student's profile opens at #class/student/<id>.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { announce, postToLms } from '../lms.js';
import { renderExplanation, renderTimeline, levelText, formatDate } from './explain-panel.js';
import './profile-view.js';

const STUDENT_ROUTE = /^#class\/student\/([0-9a-f-]{36})$/;

class CairnClassView extends LitElement {
  static properties = {
    data: { state: true },
    error: { state: true },
    unit: { state: true },
    category: { state: true },
    sort: { state: true },
    drill: { state: true },
    quick: { state: true },
    status: { state: true },
    profileId: { state: true },
    pending: { state: true },
    methods: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.data = null;
    this.error = null;
    this.unit = '';
    this.category = '';
    this.sort = 'name';
    this.drill = null;
    this.quick = null;
    this.status = '';
    this.profileId = null;
    this.pending = [];
    this.methods = null;
    this.onHash = () => this.route();
    this.onUnload = (event) => {
      if (this.quick && this.quick.entries.size) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('beforeunload', this.onUnload);
    this.route();
    await this.load();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('beforeunload', this.onUnload);
  }

  route() {
    const match = STUDENT_ROUTE.exec(location.hash);
    this.profileId = match ? match[1] : null;
  }

  async load() {
    try {
      const [data, pending, methods] = await Promise.all([api('/api/v1/courses/current/mastery/heatmap'),
        api('/api/v1/courses/current/mastery/evidence/pending'), api('/api/v1/courses/current/mastery/methods')]);
      this.data = data;
      this.pending = pending;
      this.methods = methods;
    } catch (e) {
      this.error = e.message;
    }
  }

  say(text) {
    this.status = text;
    announce(text);
  }

  // Columns after the unit and category filters, with their index in the heatmap's cells.
  columns() {
    return this.data.standards.map((s, index) => ({ ...s, index }))
      .filter((s) => (!this.unit || (s.unitName ?? '') === this.unit) && (!this.category || s.category === this.category));
  }

  rows() {
    const rows = [...this.data.rows];
    const byName = (a, b) => (a.name ?? '').localeCompare(b.name ?? '', this.session?.locale);
    if (this.sort === 'name') return rows.sort(byName);
    const index = this.data.standards.findIndex((s) => s.standardId === this.sort);
    const points = (r) => r.cells[index]?.points ?? -Infinity;
    return rows.sort((a, b) => points(b) - points(a) || byName(a, b));
  }

  studentName(row) {
    return row.name ?? this.t('mastery.student.unnamed');
  }

  async openCell(row, standard) {
    const base = `/api/v1/courses/current/mastery/students/${row.studentId}/standards/${standard.standardId}`;
    this.drill = { row, standard, loading: true, opener: document.activeElement };
    try {
      const [timeline, explanation] = await Promise.all([api(`${base}/evidence`), api(`${base}/explanation`)]);
      this.drill = { ...this.drill, timeline, explanation, loading: false, error: null };
      await this.updateComplete;
      this.querySelector('#drill-heading')?.focus();
    } catch (e) {
      this.drill = { ...this.drill, loading: false, error: e.message };
    }
  }

  closeDrill() {
    const opener = this.drill?.opener;
    this.drill = null;
    if (opener && opener.isConnected) opener.focus();
  }

  async saveOverride(event) {
    event.preventDefault();
    const form = event.target;
    const { row, standard } = this.drill;
    const url = `/api/v1/courses/current/mastery/students/${row.studentId}/standards/${standard.standardId}/override`;
    try {
      await api(url, { method: 'PUT', body: { points: Number(form.elements.points.value), note: form.elements.note.value } });
      this.say(this.t('mastery.override.saved', this.studentName(row), standard.code ?? ''));
      await this.load();
      await this.openCell(row, standard);
    } catch (e) {
      this.drill = { ...this.drill, error: e.message };
    }
  }

  async correct(evidence, points, reason) {
    const { row, standard } = this.drill;
    try {
      await api(`/api/v1/courses/current/mastery/evidence/${evidence.id}/correction`, { method: 'POST', body: { points, reason } });
      this.say(this.t('mastery.correct.saved'));
      await this.load();
      await this.openCell(row, standard);
    } catch (e) {
      this.drill = { ...this.drill, error: e.message };
    }
  }

  async withdrawOverride() {
    const { row, standard } = this.drill;
    const url = `/api/v1/courses/current/mastery/students/${row.studentId}/standards/${standard.standardId}/override`;
    try {
      await api(url, { method: 'DELETE' });
      this.say(this.t('mastery.override.withdrawn'));
      await this.load();
      await this.openCell(row, standard);
    } catch (e) {
      this.drill = { ...this.drill, error: e.message };
    }
  }

  // Quick entry: one standard, then one keystroke per student.
  startQuick(standardId) {
    this.drill = null;
    this.quick = { standardId, entries: new Map(), error: null };
  }

  stopQuick() {
    if (this.quick?.entries.size && !window.confirm(this.t('mastery.quick.discard'))) return;
    this.quick = null;
    postToLms({ subject: 'lti.removeUnloadMessage' });
  }

  quickKey(event, row, position, count) {
    const levels = this.data.levels;
    const inputs = [...this.querySelectorAll('.quick-entry input[data-student]')];
    const move = (to) => inputs[Math.max(0, Math.min(count - 1, to))]?.focus();
    if (/^[1-9]$/.test(event.key) && Number(event.key) <= levels.length) {
      event.preventDefault();
      const level = levels[Number(event.key) - 1];
      const entries = new Map(this.quick.entries);
      entries.set(row.studentId, level.points);
      this.quick = { ...this.quick, entries };
      postToLms({ subject: 'lti.setUnloadMessage', message: this.t('mastery.quick.unsaved') });
      this.say(this.t('mastery.quick.entered', this.studentName(row), level.label));
      move(position + 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(position + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(position - 1);
    } else if (event.key === 'Backspace' || event.key === 'Delete') {
      event.preventDefault();
      const entries = new Map(this.quick.entries);
      entries.delete(row.studentId);
      this.quick = { ...this.quick, entries };
      this.say(this.t('mastery.quick.cleared', this.studentName(row)));
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault(); // the field shows the chosen level, not typed text
    }
  }

  async saveQuick(event) {
    event.preventDefault();
    if (!this.quick.entries.size) {
      this.say(this.t('mastery.quick.nothing'));
      return;
    }
    const levels = [...this.quick.entries].map(([studentId, points]) => ({ studentId, points }));
    try {
      const saved = await api('/api/v1/courses/current/mastery/evidence/batch', {
        method: 'POST', body: { standardId: this.quick.standardId, levels },
      });
      this.quick = null;
      postToLms({ subject: 'lti.removeUnloadMessage' });
      await this.load();
      this.say(this.t('mastery.quick.saved', saved.levels.length));
    } catch (e) {
      this.quick = { ...this.quick, error: e.message };
    }
  }

  async decide(item, accept, form) {
    const note = form?.elements.note.value || undefined;
    try {
      await api(`/api/v1/courses/current/mastery/evidence/${item.evidence.id}/decision`, { method: 'POST', body: { accept, note } });
      this.say(this.t(accept ? 'mastery.pending.accepted' : 'mastery.pending.rejected', item.studentName ?? ''));
      await this.load();
    } catch (e) {
      this.say(e.message);
      this.pendingError = { id: item.evidence.id, message: e.message };
      this.requestUpdate();
    }
  }

  renderPending() {
    const t = this.t;
    if (!this.pending.length) return '';
    return html`
      <section class="mastery-pending" aria-labelledby="pending-heading">
        <h3 id="pending-heading">${t('mastery.pending.title', this.pending.length)}</h3>
        <ul>${this.pending.map((item) => html`<li>
          <p><strong>${item.studentName ?? t('mastery.student.unnamed')}</strong>, ${item.standard?.code ?? ''}:
            ${item.evidence.levelLabel ?? item.evidence.points} (${formatDate(item.evidence.observedOn, this.session?.locale)})
            ${item.evidence.note ? html`<br>${item.evidence.note}` : ''}
            ${item.evidence.artifact ? html`<br><a href=${item.evidence.artifact} target="_blank"
              rel="noopener noreferrer">${t('mastery.timeline.artifact')}</a>` : ''}</p>
          ${this.pendingError?.id === item.evidence.id ? html`<p class="notice error" role="alert">${this.pendingError.message}</p>` : ''}
          <form @submit=${(e) => { e.preventDefault(); this.decide(item, false, e.target); }}>
            <button type="button" @click=${() => this.decide(item, true)}>${t('mastery.pending.accept')}</button>
            <label>${t('mastery.pending.why')} <input name="note" maxlength="2000"></label>
            <button type="submit" class="secondary">${t('mastery.pending.reject')}</button>
          </form></li>`)}</ul>
      </section>`;
  }

  async chooseMethod(event) {
    event.preventDefault();
    const f = event.target.elements;
    const body = { kind: f.kind.value, n: Number(f.n.value), weight: Number(f.weight.value), rate: Number(f.rate.value),
      includeSelfAssessment: f.self.checked };
    if (f.standard.value) body.standardId = f.standard.value;
    try {
      this.methods = await api('/api/v1/courses/current/mastery/methods', { method: 'PUT', body });
      this.methodError = null;
      await this.load();
      this.say(this.t('mastery.methods.saved'));
    } catch (e) {
      this.methodError = e.message;
      this.requestUpdate();
    }
  }

  renderMethods() {
    const t = this.t;
    if (!this.methods) return '';
    const course = this.methods.course;
    const code = (id) => this.data.standards.find((s) => s.standardId === id)?.code ?? id;
    return html`
      <details class="mastery-methods">
        <summary>${t('mastery.methods.title', t(`mastery.method.${course.kind}`))}</summary>
        ${this.methods.standards.length ? html`<ul>${this.methods.standards.map((m) => html`<li>
          ${code(m.standardId)}: ${t(`mastery.method.${m.method.kind}`)}</li>`)}</ul>` : ''}
        ${this.methodError ? html`<p class="notice error" role="alert">${this.methodError}</p>` : ''}
        <form @submit=${(e) => this.chooseMethod(e)}>
          <label>${t('mastery.methods.for')}
            <select name="standard"><option value="">${t('mastery.methods.course')}</option>
              ${this.data.standards.map((s) => html`<option value=${s.standardId}>${s.code ?? ''} ${s.statement}</option>`)}
            </select></label>
          <label>${t('mastery.methods.kind')}
            <select name="kind">${this.methods.kinds.map((k) => html`<option value=${k} ?selected=${k === course.kind}>
              ${t(`mastery.method.${k}`)}</option>`)}</select></label>
          <label>${t('mastery.methods.n')} <input name="n" type="number" min="1" max="100" .value=${String(course.n)}></label>
          <label>${t('mastery.methods.weight')} <input name="weight" type="number" min="0" max="1" step="0.05" .value=${String(course.weight)}></label>
          <label>${t('mastery.methods.rate')} <input name="rate" type="number" min="0.05" max="1" step="0.05" .value=${String(course.rate)}></label>
          <label><input name="self" type="checkbox" ?checked=${course.includeSelfAssessment}> ${t('mastery.methods.self')}</label>
          <button type="submit">${t('mastery.methods.save')}</button>
        </form>
      </details>`;
  }

  renderLegend() {
    const t = this.t;
    return html`
      <div class="mastery-legend" role="group" aria-labelledby="legend-heading">
        <h3 id="legend-heading">${t('mastery.legend')}</h3>
        <ul>
          ${this.data.levels.map((l) => html`<li><span class="swatch" style="background:${l.colour}" aria-hidden="true"></span>
            ${l.label} (${l.points})${l.mastery ? html` <strong>${t('mastery.legend.mastery')}</strong>` : ''}</li>`)}
          <li><span class="swatch empty" aria-hidden="true"></span> — ${t('mastery.level.none')}</li>
          <li><span aria-hidden="true">✎</span> ${t('mastery.legend.overridden')}</li>
        </ul>
      </div>`;
  }

  renderCell(row, standard) {
    const t = this.t;
    const cell = row.cells[standard.index];
    const label = cell.label;
    const describe = t('mastery.cell.describe', this.studentName(row), standard.code ?? standard.statement,
      levelText(t, cell), cell.evidenceCount);
    return html`<td class=${label ? 'level' : 'level empty'} style=${label ? `background:${cell.colour}` : ''}>
      <button type="button" class="cell" aria-label=${describe + (cell.overridden ? `, ${t('mastery.legend.overridden')}` : '')}
        @click=${() => this.openCell(row, standard)}>
        <span class="label">${label ?? '—'}</span>${cell.overridden ? html`<span aria-hidden="true"> ✎</span>` : ''}
        ${cell.evidenceCount ? html`<span class="count" aria-hidden="true">${cell.evidenceCount}</span>` : ''}
      </button></td>`;
  }

  renderFilters() {
    const t = this.t;
    const units = [...new Set(this.data.standards.map((s) => s.unitName).filter(Boolean))];
    const categories = [...new Set(this.data.standards.map((s) => s.category))];
    return html`
      <div class="mastery-toolbar">
        <label>${t('mastery.filter.unit')}
          <select @change=${(e) => { this.unit = e.target.value; }}>
            <option value="">${t('mastery.filter.all')}</option>
            ${units.map((u) => html`<option value=${u} ?selected=${u === this.unit}>${u}</option>`)}
          </select></label>
        <label>${t('mastery.filter.category')}
          <select @change=${(e) => { this.category = e.target.value; }}>
            <option value="">${t('mastery.filter.all')}</option>
            ${categories.map((c) => html`<option value=${c} ?selected=${c === this.category}>${t(`mastery.category.${c}`)}</option>`)}
          </select></label>
        <label>${t('mastery.sort')}
          <select @change=${(e) => { this.sort = e.target.value; }}>
            <option value="name">${t('mastery.sort.name')}</option>
            ${this.data.standards.map((s) => html`<option value=${s.standardId} ?selected=${s.standardId === this.sort}>
              ${t('mastery.sort.standard', s.code ?? s.statement)}</option>`)}
          </select></label>
        <label>${t('mastery.quick.choose')}
          <select id="quick-standard" @change=${(e) => { if (e.target.value) this.startQuick(e.target.value); }}>
            <option value="">${t('mastery.quick.none')}</option>
            ${this.data.standards.map((s) => html`<option value=${s.standardId}
              ?selected=${s.standardId === this.quick?.standardId}>${s.code ?? ''} ${s.statement}</option>`)}
          </select></label>
        <button type="button" class="secondary" @click=${() => window.print()}>${t('mastery.print')}</button>
      </div>`;
  }

  renderQuick() {
    const t = this.t;
    const standard = this.data.standards.find((s) => s.standardId === this.quick.standardId);
    const rows = this.rows();
    const keys = this.data.levels.map((l, i) => `${i + 1} = ${l.label}`).join(', ');
    return html`
      <form class="quick-entry" @submit=${(e) => this.saveQuick(e)} aria-labelledby="quick-heading">
        <h3 id="quick-heading">${t('mastery.quick.title', standard?.code ?? '', standard?.statement ?? '')}</h3>
        <p id="quick-help">${t('mastery.quick.help', keys)}</p>
        ${this.quick.error ? html`<p class="notice error" role="alert">${this.quick.error}</p>` : ''}
        <ol>
          ${rows.map((row, i) => {
            const points = this.quick.entries.get(row.studentId);
            const level = this.data.levels.find((l) => l.points === points);
            return html`<li>
              <label for="quick-${row.studentId}">${this.studentName(row)}</label>
              <input id="quick-${row.studentId}" data-student=${row.studentId} type="text" inputmode="numeric"
                autocomplete="off" aria-describedby="quick-help" .value=${level ? `${level.label}` : ''}
                style=${level ? `background:${level.colour}` : ''}
                @keydown=${(e) => this.quickKey(e, row, i, rows.length)}>
            </li>`;
          })}
        </ol>
        <p>${t('mastery.quick.count', this.quick.entries.size, rows.length)}</p>
        <button type="submit">${t('mastery.quick.save')}</button>
        <button type="button" class="secondary" @click=${() => this.stopQuick()}>${t('mastery.quick.cancel')}</button>
      </form>`;
  }

  renderDrill() {
    const t = this.t;
    const { row, standard } = this.drill;
    const current = this.drill.timeline?.current;
    return html`
      <section class="mastery-drill" aria-labelledby="drill-heading">
        <h2 id="drill-heading" tabindex="-1">${t('mastery.drill.title', this.studentName(row), standard.code ?? '')}</h2>
        <p>${standard.statement}</p>
        <button type="button" class="secondary" @click=${() => this.closeDrill()}>${t('mastery.drill.close')}</button>
        ${this.drill.error ? html`<p class="notice error" role="alert">${this.drill.error}</p>` : ''}
        ${this.drill.loading ? html`<p role="status">${t('shell.loading')}</p>` : ''}
        ${this.drill.timeline ? html`
          <p>${t('mastery.drill.current', levelText(t, current))}</p>
          ${renderTimeline(t, this.drill.timeline, this.session?.locale, (e, points, reason) => this.correct(e, points, reason), this.data.levels)}
          ${renderExplanation(t, this.drill.explanation)}
          <form class="override" @submit=${(e) => this.saveOverride(e)}>
            <h3>${t('mastery.override.title')}</h3>
            <p class="muted">${t('mastery.override.help')}</p>
            <label>${t('mastery.override.level')}
              <select name="points">${this.data.levels.map((l) => html`<option value=${l.points}>${l.label}</option>`)}</select></label>
            <label>${t('mastery.override.note')}
              <textarea name="note" rows="2" required maxlength="2000"></textarea></label>
            <button type="submit">${t('mastery.override.save')}</button>
            ${this.drill.timeline.override ? html`<button type="button" class="secondary"
              @click=${() => this.withdrawOverride()}>${t('mastery.override.withdraw')}</button>` : ''}
          </form>` : ''}
      </section>`;
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (this.profileId) {
      return html`<p><a href="#class">${t('mastery.profile.back')}</a></p>
        <cairn-profile-view .t=${t} .session=${this.session} .studentId=${this.profileId}></cairn-profile-view>`;
    }
    if (!this.data) return html`<p role="status">${t('shell.loading')}</p>`;
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>`;
    if (!this.data.standards.length) {
      return html`${live}<h2>${t('mastery.class.title')}</h2>
        <div class="notice"><p>${t('mastery.empty.standards')}</p>
        <p><a href="#standards">${t('mastery.empty.standardsLink')}</a></p></div>`;
    }
    const columns = this.columns();
    const rows = this.rows();
    return html`
      ${live}
      <h2 id="class-heading">${t('mastery.class.title')}</h2>
      ${this.renderFilters()}
      ${this.renderPending()}
      ${this.quick ? this.renderQuick() : ''}
      ${this.drill ? this.renderDrill() : ''}
      ${rows.length === 0 ? html`<p class="notice">${t('mastery.empty.students')}</p>` : ''}
      <div class="table-scroll heatmap-scroll" role="region" aria-labelledby="class-heading" tabindex="0">
        <table class="heatmap">
          <caption>${t('mastery.class.caption', rows.length, columns.length)}</caption>
          <thead><tr>
            <th scope="col" class="corner">${t('mastery.class.student')}</th>
            ${columns.map((s) => html`<th scope="col" title=${s.statement}>
              <span class="code">${s.code ?? s.statement}</span>
              ${s.unitName ? html`<span class="unit muted">${s.unitName}</span>` : ''}</th>`)}
          </tr></thead>
          <tbody>
            ${rows.map((row) => html`<tr>
              <th scope="row"><a href="#class/student/${row.studentId}">${this.studentName(row)}</a></th>
              ${columns.map((s) => this.renderCell(row, s))}
            </tr>`)}
          </tbody>
          <tfoot><tr>
            <th scope="row">${t('mastery.class.row')}</th>
            ${columns.map((s) => {
              const share = this.data.classRow[s.index];
              return html`<td>${Math.round(share.share * 100)}%
                <span class="muted">(${share.atMastery}/${share.students})</span></td>`;
            })}
          </tr></tfoot>
        </table>
      </div>
      ${this.renderLegend()}
      ${this.renderMethods()}
      <p class="muted">${t('mastery.class.asOf', formatDate(new Date().toISOString(), this.session?.locale))}</p>`;
  }
}

customElements.define('cairn-class-view', CairnClassView);
