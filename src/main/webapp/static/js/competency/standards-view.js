// The teacher's "Standards" view: import a framework (file or URL), browse its tree and choose the course's
// prioritized standards, put them in order (move up/down buttons, no drag needed), give each a category and a
// unit with dates, and set the course's mastery scale. Every save sends the whole list (or scale) with the version
// this page loaded, so a save over a colleague's newer one is refused; the API's problems are shown next to the form
// that caused them, and what was typed stays (a 409 asks to reload first: someone saved since).
import { LitElement, html } from 'lit';
import { api, boot, pageLanguage, readAnswer } from '../api.js';
import { announce } from '../lms.js';

const CATEGORIES = ['ACADEMIC', 'HABIT', 'SOCIAL_EMOTIONAL'];

// A raw body (a CASE file or a CSV) with the bearer token: api() only sends JSON it serializes itself.
async function sendFile(path, contentType, text) {
  const response = await fetch(path, {
    method: 'POST',
    headers: {
      Accept: 'application/json', 'Accept-Language': pageLanguage(), 'Content-Type': contentType,
      Authorization: `Bearer ${boot.token}`,
    },
    body: text,
  });
  return readAnswer(response);
}

function problemOf(e) {
  return { message: e.message, errors: (e.problem && Array.isArray(e.problem.errors)) ? e.problem.errors : [] };
}

function matches(node, text) {
  if (!text) return true;
  const t = text.toLowerCase();
  return (node.code || '').toLowerCase().includes(t) || (node.statement || '').toLowerCase().includes(t)
    || node.children.some((c) => matches(c, text));
}

class CairnStandardsView extends LitElement {
  static properties = {
    listing: { state: true },
    framework: { state: true },
    chosen: { state: true },
    units: { state: true },
    scale: { state: true },
    filter: { state: true },
    importProblem: { state: true },
    importStatus: { state: true },
    saveProblem: { state: true },
    saveStatus: { state: true },
    scaleProblem: { state: true },
    scaleStatus: { state: true },
    busy: { state: true },
    error: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.listing = null;
    this.framework = null;
    this.chosen = [];
    this.units = [];
    this.listVersion = 0;
    this.scale = null;
    this.filter = '';
    this.importProblem = null;
    this.importStatus = '';
    this.saveProblem = null;
    this.saveStatus = '';
    this.scaleProblem = null;
    this.scaleStatus = '';
    this.busy = false;
    this.error = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    try {
      const [listing, course, scale] = await Promise.all([
        api('/api/v1/frameworks'), api('/api/v1/courses/current/standards'), api('/api/v1/courses/current/scale')]);
      this.listing = listing;
      this.takeCourse(course);
      this.takeScale(scale);
      const first = course.standards[0]?.frameworkId ?? listing.frameworks[0]?.id;
      if (first) await this.openFramework(first);
    } catch (e) {
      this.error = e.message;
    }
  }

  takeCourse(course) {
    this.listVersion = course.version;
    this.units = course.units.map((u) => ({ name: u.name, start: u.start ?? '', end: u.end ?? '' }));
    this.chosen = course.standards.map((s) => ({
      standardId: s.standardId, code: s.code, statement: s.statement, category: s.category, unit: s.unit ?? '',
      retired: s.retired,
    }));
  }

  takeScale(scale) {
    this.scale = { name: scale.name, origin: scale.origin, levels: scale.levels.map((l) => ({ ...l })), version: scale.version };
  }

  async openFramework(id) {
    this.framework = await api(`/api/v1/frameworks/${encodeURIComponent(id)}`);
  }

  // ---- import ----

  async importFile(event) {
    event.preventDefault();
    const form = event.target;
    const file = form.querySelector('#framework-file').files[0];
    if (!file) {
      this.importProblem = { message: this.t('competency.import.noFile'), errors: [] };
      return;
    }
    const text = await file.text();
    const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    const title = form.querySelector('#framework-title').value.trim() || file.name.replace(/\.[^.]+$/, '');
    await this.runImport(() => (csv
      ? sendFile(`/api/v1/frameworks?title=${encodeURIComponent(title)}`, 'text/csv', text)
      : sendFile('/api/v1/frameworks', 'application/json', text)));
  }

  async importUrl(event) {
    event.preventDefault();
    const url = event.target.querySelector('#framework-url').value.trim();
    if (!url) {
      this.importProblem = { message: this.t('competency.import.noUrl'), errors: [] };
      return;
    }
    await this.runImport(() => api('/api/v1/frameworks', { method: 'POST', body: { url } }));
  }

  async runImport(call) {
    this.busy = true;
    this.importProblem = null;
    this.importStatus = this.t('competency.import.running');
    try {
      const result = await call();
      this.importStatus = this.t('competency.import.done', result.framework.title, result.added, result.updated,
        result.unchanged, result.retired);
      this.listing = await api('/api/v1/frameworks');
      await this.openFramework(result.framework.id);
    } catch (e) {
      this.importStatus = '';
      this.importProblem = problemOf(e);
    } finally {
      this.busy = false;
    }
  }

  // ---- choosing and ordering ----

  isChosen(id) {
    return this.chosen.some((c) => c.standardId === id);
  }

  toggle(node, checked) {
    if (checked && !this.isChosen(node.id)) {
      this.chosen = [...this.chosen, {
        standardId: node.id, code: node.code, statement: node.statement,
        category: node.type === 'HABIT' ? 'HABIT' : 'ACADEMIC', unit: '', retired: false,
      }];
    } else if (!checked) {
      this.chosen = this.chosen.filter((c) => c.standardId !== node.id);
    }
    this.saveStatus = '';
  }

  move(index, by) {
    const to = index + by;
    if (to < 0 || to >= this.chosen.length) return;
    const next = [...this.chosen];
    [next[index], next[to]] = [next[to], next[index]];
    this.chosen = next;
    const item = next[to];
    announce(this.t('competency.chosen.moved', item.code || item.statement, to + 1, next.length));
    // Keep the focus on the same button of the moved item so repeated presses keep moving it.
    this.updateComplete.then(() => {
      const button = this.querySelector(`#move-${by < 0 ? 'up' : 'down'}-${to}`);
      (button && !button.disabled ? button : this.querySelector(`#chosen-${to}`))?.focus();
    });
  }

  change(index, field, value) {
    this.chosen = this.chosen.map((c, i) => (i === index ? { ...c, [field]: value } : c));
  }

  remove(index) {
    this.chosen = this.chosen.filter((_, i) => i !== index);
  }

  addUnit() {
    this.units = [...this.units, { name: '', start: '', end: '' }];
    this.updateComplete.then(() => this.querySelector(`#unit-name-${this.units.length - 1}`)?.focus());
  }

  changeUnit(index, field, value) {
    const old = this.units[index].name;
    this.units = this.units.map((u, i) => (i === index ? { ...u, [field]: value } : u));
    if (field === 'name') this.chosen = this.chosen.map((c) => (c.unit && c.unit === old ? { ...c, unit: value } : c));
  }

  removeUnit(index) {
    const name = this.units[index].name;
    this.units = this.units.filter((_, i) => i !== index);
    this.chosen = this.chosen.map((c) => (c.unit === name ? { ...c, unit: '' } : c));
  }

  async save() {
    this.saveProblem = null;
    this.saveStatus = this.t('competency.save.running');
    try {
      const course = await api('/api/v1/courses/current/standards', {
        method: 'PUT',
        body: {
          units: this.units.map((u) => ({ name: u.name, start: u.start || null, end: u.end || null })),
          standards: this.chosen.map((c) => ({ standardId: c.standardId, category: c.category, unit: c.unit || null })),
          version: this.listVersion,
        },
      });
      this.takeCourse(course);
      this.saveStatus = this.t('competency.save.done', course.standards.length);
    } catch (e) {
      this.saveStatus = '';
      this.saveProblem = problemOf(e);
    }
  }

  // ---- scale ----

  changeLevel(index, field, value) {
    this.scale = {
      ...this.scale,
      levels: this.scale.levels.map((l, i) => {
        if (field === 'mastery') return { ...l, mastery: i === index };
        return i === index ? { ...l, [field]: value } : l;
      }),
    };
  }

  addLevel() {
    const last = this.scale.levels[this.scale.levels.length - 1];
    this.scale = { ...this.scale, levels: [...this.scale.levels, { points: (last?.points ?? 0) + 1, label: '', colour: '#dddddd', mastery: false }] };
  }

  removeLevel(index) {
    this.scale = { ...this.scale, levels: this.scale.levels.filter((_, i) => i !== index) };
  }

  async saveScale(reset) {
    this.scaleProblem = null;
    try {
      const scale = reset
        ? await api(`/api/v1/courses/current/scale?version=${encodeURIComponent(this.scale.version)}`, { method: 'DELETE' })
        : await api('/api/v1/courses/current/scale', {
          method: 'PUT',
          body: {
            name: this.scale.name,
            levels: this.scale.levels.map((l) => ({
              points: l.points === '' || l.points === null ? null : Number(l.points), label: l.label, colour: l.colour, mastery: !!l.mastery,
            })),
            version: this.scale.version,
          },
        });
      this.takeScale(scale);
      this.scaleStatus = this.t('competency.scale.saved');
    } catch (e) {
      this.scaleStatus = '';
      this.scaleProblem = problemOf(e);
    }
  }

  // ---- rendering ----

  problem(p, id) {
    if (!p) return html`<div id=${id} role="alert"></div>`;
    return html`<div id=${id} class="notice error" role="alert">
      <p>${p.message}</p>
      ${p.errors.length ? html`<ul>${p.errors.map((e) => html`<li>${e.message}</li>`)}</ul>` : ''}
    </div>`;
  }

  importSection() {
    const t = this.t;
    const suggested = this.listing.suggestedUrls ?? [];
    return html`
      <section aria-labelledby="import-heading" class="competency-import">
        <h2 id="import-heading">${t('competency.import.title')}</h2>
        <form @submit=${(e) => this.importFile(e)} aria-describedby="import-problem">
          <p><label for="framework-file">${t('competency.import.file')}</label>
            <input id="framework-file" type="file" accept=".json,.csv,application/json,text/csv"></p>
          <p><label for="framework-title">${t('competency.import.csvTitle')}</label>
            <input id="framework-title" type="text" maxlength="255"></p>
          <button type="submit" ?disabled=${this.busy}>${t('competency.import.fileButton')}</button>
        </form>
        <form @submit=${(e) => this.importUrl(e)} aria-describedby="import-problem">
          <p><label for="framework-url">${t('competency.import.url')}</label>
            <input id="framework-url" type="url" size="60" placeholder="https://"
              aria-describedby=${suggested.length ? 'url-hint' : ''}></p>
          ${suggested.length ? html`<p id="url-hint" class="muted">${t('competency.import.suggested')}
            <code>${suggested[0]}</code>
            <button type="button" class="secondary" @click=${() => { this.querySelector('#framework-url').value = suggested[0]; }}>
              ${t('competency.import.useSuggested')}</button></p>` : ''}
          <button type="submit" ?disabled=${this.busy}>${t('competency.import.urlButton')}</button>
        </form>
        <p role="status" aria-live="polite">${this.importStatus}</p>
        ${this.problem(this.importProblem, 'import-problem')}
      </section>`;
  }

  treeNodes(nodes) {
    const shown = nodes.filter((n) => matches(n, this.filter));
    if (!shown.length) return '';
    return html`<ul>${shown.map((n) => html`<li>
      <input type="checkbox" id="pick-${n.id}" .checked=${this.isChosen(n.id)}
        @change=${(e) => this.toggle(n, e.target.checked)}>
      <label for="pick-${n.id}">${n.code ? html`<span class="code">${n.code}</span> ` : ''}${n.statement}</label>
      ${this.treeNodes(n.children)}</li>`)}</ul>`;
  }

  browseSection() {
    const t = this.t;
    const frameworks = this.listing.frameworks;
    if (!frameworks.length) {
      return html`<section aria-labelledby="browse-heading"><h2 id="browse-heading">${t('competency.browse.title')}</h2>
        <p>${t('competency.browse.empty')}</p></section>`;
    }
    return html`
      <section aria-labelledby="browse-heading" class="competency-browse">
        <h2 id="browse-heading">${t('competency.browse.title')}</h2>
        <p><label for="framework-pick">${t('competency.browse.framework')}</label>
          <select id="framework-pick" @change=${(e) => this.openFramework(e.target.value)}>
            ${frameworks.map((f) => html`<option value=${f.id} ?selected=${this.framework?.framework.id === f.id}>
              ${f.title} (${t('competency.browse.count', f.standards)})</option>`)}
          </select></p>
        <p><label for="framework-filter">${t('competency.browse.filter')}</label>
          <input id="framework-filter" type="search" .value=${this.filter}
            @input=${(e) => { this.filter = e.target.value.trim(); }}></p>
        ${this.framework ? html`<div class="standard-tree" role="group" aria-labelledby="browse-heading">
          ${this.treeNodes(this.framework.standards) || html`<p>${t('competency.browse.noMatch')}</p>`}</div>` : ''}
      </section>`;
  }

  chosenSection() {
    const t = this.t;
    const unitNames = this.units.map((u) => u.name).filter((n) => n.trim());
    return html`
      <section aria-labelledby="chosen-heading" class="competency-chosen">
        <h2 id="chosen-heading">${t('competency.chosen.title')}</h2>
        ${this.chosen.length === 0 ? html`<p>${t('competency.chosen.empty')}</p>` : html`
        <ol class="chosen-list">
          ${this.chosen.map((c, i) => {
            const name = c.code || c.statement;
            return html`<li id="chosen-${i}" tabindex="-1">
              <p class="chosen-label">${c.code ? html`<span class="code">${c.code}</span> ` : ''}${c.statement}
                ${c.retired ? html`<span class="muted">${t('competency.chosen.retired')}</span>` : ''}</p>
              <p class="chosen-controls">
                <label for="category-${i}">${t('competency.chosen.category')}</label>
                <select id="category-${i}" @change=${(e) => this.change(i, 'category', e.target.value)}>
                  ${CATEGORIES.map((k) => html`<option value=${k} ?selected=${c.category === k}>${t(`competency.category.${k}`)}</option>`)}
                </select>
                <label for="unit-${i}">${t('competency.chosen.unit')}</label>
                <select id="unit-${i}" @change=${(e) => this.change(i, 'unit', e.target.value)}>
                  <option value="" ?selected=${!c.unit}>${t('competency.chosen.noUnit')}</option>
                  ${unitNames.map((u) => html`<option value=${u} ?selected=${c.unit === u}>${u}</option>`)}
                </select>
                <button type="button" class="secondary" id="move-up-${i}" ?disabled=${i === 0}
                  aria-label=${t('competency.chosen.upLabel', name)} @click=${() => this.move(i, -1)}>${t('competency.chosen.up')}</button>
                <button type="button" class="secondary" id="move-down-${i}" ?disabled=${i === this.chosen.length - 1}
                  aria-label=${t('competency.chosen.downLabel', name)} @click=${() => this.move(i, 1)}>${t('competency.chosen.down')}</button>
                <button type="button" class="secondary" aria-label=${t('competency.chosen.removeLabel', name)}
                  @click=${() => this.remove(i)}>${t('competency.chosen.remove')}</button>
              </p></li>`;
          })}
        </ol>`}
        <h3 id="units-heading">${t('competency.units.title')}</h3>
        ${this.units.length ? html`<table class="units" aria-labelledby="units-heading">
          <thead><tr><th scope="col">${t('competency.units.name')}</th><th scope="col">${t('competency.units.start')}</th>
            <th scope="col">${t('competency.units.end')}</th><th scope="col"><span class="visually-hidden">${t('competency.units.actions')}</span></th></tr></thead>
          <tbody>${this.units.map((u, i) => html`<tr>
            <td><input id="unit-name-${i}" type="text" maxlength="255" .value=${u.name}
              aria-label=${t('competency.units.nameOf', i + 1)} @change=${(e) => this.changeUnit(i, 'name', e.target.value.trim())}></td>
            <td><input type="date" .value=${u.start} aria-label=${t('competency.units.startOf', u.name || i + 1)}
              @change=${(e) => this.changeUnit(i, 'start', e.target.value)}></td>
            <td><input type="date" .value=${u.end} aria-label=${t('competency.units.endOf', u.name || i + 1)}
              @change=${(e) => this.changeUnit(i, 'end', e.target.value)}></td>
            <td><button type="button" class="secondary" aria-label=${t('competency.units.removeLabel', u.name || i + 1)}
              @click=${() => this.removeUnit(i)}>${t('competency.units.remove')}</button></td></tr>`)}</tbody>
        </table>` : html`<p class="muted">${t('competency.units.empty')}</p>`}
        <p><button type="button" class="secondary" @click=${() => this.addUnit()}>${t('competency.units.add')}</button></p>
        <p><button type="button" id="save-standards" @click=${() => this.save()}>${t('competency.save.button')}</button></p>
        <p role="status" aria-live="polite">${this.saveStatus}</p>
        ${this.problem(this.saveProblem, 'save-problem')}
      </section>`;
  }

  scaleSection() {
    const t = this.t;
    const s = this.scale;
    return html`
      <section aria-labelledby="scale-heading" class="competency-scale">
        <h2 id="scale-heading">${t('competency.scale.title')}</h2>
        <p>${t(`competency.scale.origin.${s.origin}`)}</p>
        <p><label for="scale-name">${t('competency.scale.name')}</label>
          <input id="scale-name" type="text" maxlength="255" .value=${s.name ?? ''}
            @change=${(e) => { this.scale = { ...this.scale, name: e.target.value }; }}></p>
        <table class="scale-levels">
          <caption>${t('competency.scale.caption')}</caption>
          <thead><tr><th scope="col">${t('competency.scale.points')}</th><th scope="col">${t('competency.scale.label')}</th>
            <th scope="col">${t('competency.scale.colour')}</th><th scope="col">${t('competency.scale.mastery')}</th>
            <th scope="col"><span class="visually-hidden">${t('competency.units.actions')}</span></th></tr></thead>
          <tbody>${s.levels.map((l, i) => html`<tr>
            <td><input type="number" step="any" .value=${String(l.points)} aria-label=${t('competency.scale.pointsOf', i + 1)}
              @change=${(e) => this.changeLevel(i, 'points', e.target.value)}></td>
            <td><input type="text" maxlength="60" .value=${l.label} aria-label=${t('competency.scale.labelOf', i + 1)}
              @change=${(e) => this.changeLevel(i, 'label', e.target.value)}></td>
            <td><input type="color" .value=${l.colour} aria-label=${t('competency.scale.colourOf', l.label || i + 1)}
              @change=${(e) => this.changeLevel(i, 'colour', e.target.value)}></td>
            <td><input type="radio" name="mastery-level" .checked=${l.mastery} aria-label=${t('competency.scale.masteryOf', l.label || i + 1)}
              @change=${() => this.changeLevel(i, 'mastery', true)}></td>
            <td><button type="button" class="secondary" aria-label=${t('competency.scale.removeLabel', l.label || i + 1)}
              @click=${() => this.removeLevel(i)}>${t('competency.units.remove')}</button></td></tr>`)}</tbody>
        </table>
        <p><button type="button" class="secondary" @click=${() => this.addLevel()}>${t('competency.scale.add')}</button>
          <button type="button" @click=${() => this.saveScale(false)}>${t('competency.scale.save')}</button>
          ${s.origin === 'COURSE' ? html`<button type="button" class="secondary" @click=${() => this.saveScale(true)}>
            ${t('competency.scale.reset')}</button>` : ''}</p>
        <p role="status" aria-live="polite">${this.scaleStatus}</p>
        ${this.problem(this.scaleProblem, 'scale-problem')}
      </section>`;
  }

  render() {
    const t = this.t;
    if (this.error) {
      return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    }
    if (!this.listing || !this.scale) return html`<p role="status">${t('shell.loading')}</p>`;
    return html`
      <div class="competency-standards">
        ${this.chosenSection()}
        ${this.browseSection()}
        ${this.importSection()}
        ${this.scaleSection()}
      </div>`;
  }
}

customElements.define('cairn-standards-view', CairnStandardsView);
