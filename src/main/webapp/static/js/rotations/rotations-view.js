// The teacher's "Rotations" view: the course's stations, its rotations, and for one rotation the group builder
// (skill or mixed groups from the latest mastery, with constraints), the groups with each student's placement
// explanation, moves by drag and drop and by a keyboard "Move to…" menu (WCAG 2.5.7), students' own agendas, the
// agenda by round, a printable version and the classroom board in a pop-out window.
// Sub-routes: #rotations (list) and #rotations/<rotation id> (one rotation).
// Retiring a station and saving or clearing an own agenda send the version this page loaded, so one over a
// colleague's newer change is refused (a 409 asks to reload first); a failed save leaves the form as it was.
import { LitElement, html } from 'lit';
import { api, boot } from '../api.js';
import { announce, postToLms } from '../lms.js';
import { kindName, roleName, explanationText } from './explain.js';

const BASE = '/api/v1/courses/current/rotations';
const KINDS = ['TEACHER_LED', 'COLLABORATIVE', 'INDEPENDENT', 'DIGITAL'];

class CairnRotationsView extends LitElement {
  static properties = {
    stations: { state: true },
    rotations: { state: true },
    detail: { state: true },
    error: { state: true },
    status: { state: true },
    openMenu: { state: true },
    builder: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.stations = null;
    this.rotations = null;
    this.detail = null;
    this.error = null;
    this.status = '';
    this.openMenu = null;
    this.builder = null;
    this.onHash = () => this.route();
    this.onMessage = (event) => this.answerBoard(event);
    this.board = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('message', this.onMessage);
    await this.route();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('message', this.onMessage);
  }

  rotationIdFromHash() {
    const parts = location.hash.replace(/^#/, '').split('/');
    return parts[0] === 'rotations' && parts[1] ? decodeURIComponent(parts[1]) : null;
  }

  async route() {
    this.error = null;
    try {
      const id = this.rotationIdFromHash();
      if (id) {
        this.show(await api(`${BASE}/${encodeURIComponent(id)}`));
      } else {
        this.detail = null;
        [this.stations, this.rotations] = await Promise.all([api(`${BASE}/stations`), api(BASE)]);
      }
    } catch (e) {
      this.error = e.message;
    }
  }

  show(detail) {
    const first = !this.detail || this.detail.rotation.id !== detail.rotation.id;
    this.detail = detail;
    if (first || !this.builder) {
      const inputs = detail.grouping?.inputs;
      this.builder = {
        method: inputs?.method ?? 'SKILL',
        standardIds: new Set(inputs ? inputs.standards.map((s) => s.id) : detail.standards.slice(0, 1).map((s) => s.id)),
        groupCount: inputs?.groupCount ?? detail.rotation.stations.length,
        absent: new Set(inputs?.absent ?? []),
        keepApart: inputs?.keepApart ?? [],
        keepTogether: inputs?.keepTogether ?? [],
        pick: new Set(),
      };
    }
  }

  say(text) {
    this.status = text;
    announce(text);
  }

  async run(action, done) {
    this.error = null;
    try {
      const result = await action();
      if (done) this.say(done);
      return result;
    } catch (e) {
      this.error = e.problem?.errors?.length
        ? `${e.message}` : e.message;
      this.say(this.error);
      return null;
    }
  }

  // ----- stations

  async addStation(event) {
    event.preventDefault();
    const form = event.target;
    const data = new FormData(form);
    const body = {
      name: data.get('name'), kind: data.get('kind'), capacity: Number(data.get('capacity')),
      link: data.get('link') || null, instructions: data.get('instructions') || '',
    };
    const station = await this.run(() => api(`${BASE}/stations`, { method: 'POST', body }),
      this.t('rotations.station.added', body.name));
    if (station) {
      form.reset();
      this.stations = [...this.stations, station];
    }
  }

  async retireStation(station) {
    const ok = await this.run(() => api(`${BASE}/stations/${station.id}?version=${station.version}`, { method: 'DELETE' }),
      this.t('rotations.station.retired', station.name));
    if (ok !== null) this.stations = this.stations.filter((s) => s.id !== station.id);
  }

  // ----- rotations

  async createRotation(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const body = {
      title: data.get('title') || null, date: data.get('date') || null,
      rounds: Number(data.get('rounds')), minutesPerRound: Number(data.get('minutes')),
      stationIds: data.getAll('station'),
    };
    const detail = await this.run(() => api(BASE, { method: 'POST', body }), this.t('rotations.rotation.created'));
    if (detail) location.hash = `#rotations/${detail.rotation.id}`;
  }

  // ----- grouping

  async group(event) {
    event.preventDefault();
    const b = this.builder;
    const body = {
      method: b.method, standardIds: [...b.standardIds], groupCount: Number(b.groupCount),
      absent: [...b.absent], keepApart: b.keepApart, keepTogether: b.keepTogether,
    };
    const detail = await this.run(() => api(`${BASE}/${this.detail.rotation.id}/groupings`, { method: 'POST', body }));
    if (detail) {
      this.show(detail);
      this.say(this.t('rotations.group.done', detail.grouping.groups.length));
    }
  }

  async regroup() {
    const detail = await this.run(() => api(`${BASE}/${this.detail.rotation.id}/regroup`, {
      method: 'POST', body: { absent: [...this.builder.absent] },
    }));
    if (detail) {
      this.show(detail);
      this.say(this.t('rotations.group.regrouped', detail.grouping.sequence));
    }
  }

  async move(studentId, toGroup) {
    this.openMenu = null;
    const name = this.nameOf(studentId);
    const detail = await this.run(() => api(`${BASE}/${this.detail.rotation.id}/moves`, {
      method: 'POST', body: { studentId, toGroup },
    }));
    if (detail) {
      this.show(detail);
      this.say(this.t('rotations.move.done', name, toGroup));
      await this.updateComplete;
      this.querySelector(`li[data-student="${studentId}"] button.move-to`)?.focus();
    }
  }

  async saveOwnAgenda(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const student = data.get('student');
    const stationIds = [];
    for (let r = 1; r <= this.detail.rotation.rounds; r += 1) stationIds.push(data.get(`round-${r}`));
    const detail = await this.run(() => api(`${BASE}/${this.detail.rotation.id}/agendas/${student}`, {
      method: 'PUT', body: { stationIds, version: this.ownAgendaVersion(student) },
    }), this.t('rotations.own.saved', this.nameOf(student)));
    if (detail) this.show(detail);
  }

  async clearOwnAgenda(student) {
    const detail = await this.run(() => api(`${BASE}/${this.detail.rotation.id}/agendas/${student}?version=${this.ownAgendaVersion(student)}`,
      { method: 'DELETE' }), this.t('rotations.own.cleared', this.nameOf(student)));
    if (detail) this.show(detail);
  }

  // The version of a student's own agenda as this page loaded it; 0: none was ever set.
  ownAgendaVersion(student) {
    return this.detail.grouping?.agenda.ownAgendaVersions?.[student] ?? 0;
  }

  nameOf(id) {
    return this.detail?.students.find((s) => s.id === id)?.name ?? this.t('rotations.student.unnamed');
  }

  // ----- board: a pop-out window that gets the session from this page by postMessage, never through its URL.

  openBoard() {
    this.board = { rotationId: this.detail.rotation.id, window: window.open('/rotations/board', 'cairn-board',
      'popup,width=1280,height=800') };
    if (!this.board.window) {
      // Pop-ups blocked: ask Canvas for a full-window launch where it offers one; other LMSs ignore it.
      postToLms({ subject: 'requestFullWindowLaunch', data: { url: `${location.origin}/lti/launch`, launchType: 'new_window' } });
      this.say(this.t('rotations.board.blocked'));
    }
  }

  answerBoard(event) {
    if (!this.board?.window || event.source !== this.board.window || event.origin !== location.origin) return;
    if (event.data?.type !== 'cairn-board-ready') return;
    this.board.window.postMessage({
      type: 'cairn-board-session', token: boot.token, rotationId: this.board.rotationId,
      locale: this.session?.locale ?? boot.locale,
    }, location.origin);
  }

  // ----- rendering

  render() {
    const t = this.t;
    const feedback = html`
      <div class="rotations-status" role="status" aria-live="polite">${this.status}</div>
      ${this.error ? html`<div class="notice error" role="alert"><p>${this.error}</p></div>` : ''}`;
    if (this.rotationIdFromHash()) {
      if (!this.detail) return html`${feedback}<p role="status">${t('shell.loading')}</p>`;
      return html`${feedback}${this.renderRotation()}`;
    }
    if (!this.stations) return html`${feedback}<p role="status">${t('shell.loading')}</p>`;
    return html`${feedback}${this.renderStations()}${this.renderRotations()}`;
  }

  renderStations() {
    const t = this.t;
    return html`
      <section class="rotation-stations" aria-labelledby="stations-heading">
        <h2 id="stations-heading">${t('rotations.stations.title')}</h2>
        ${this.stations.length === 0 ? html`<p>${t('rotations.stations.empty')}</p>` : html`
          <ul class="station-cards">
            ${this.stations.map((s) => html`<li class="station-card kind-${s.kind.toLowerCase()}">
              <strong>${s.name}</strong> <span class="badge">${kindName(t, s.kind)}</span>
              <span>${t('rotations.station.capacityOf', s.capacity)}</span>
              ${s.link ? html`<a href=${s.link} target="_blank" rel="noopener">${t('rotations.station.link')}</a>` : ''}
              ${s.instructions ? html`<p>${s.instructions}</p>` : ''}
              <button type="button" class="secondary" aria-label=${t('rotations.station.retireNamed', s.name)}
                @click=${() => this.retireStation(s)}>${t('rotations.station.retire')}</button>
            </li>`)}
          </ul>`}
        <form class="station-form" @submit=${(e) => this.addStation(e)}>
          <fieldset>
            <legend>${t('rotations.station.new')}</legend>
            <label>${t('rotations.station.name')} <input name="name" required maxlength="200"></label>
            <label>${t('rotations.station.kind')}
              <select name="kind">${KINDS.map((k) => html`<option value=${k}>${kindName(t, k)}</option>`)}</select></label>
            <label>${t('rotations.station.capacity')} <input name="capacity" type="number" min="1" max="200" value="6" required></label>
            <label>${t('rotations.station.linkLabel')} <input name="link" type="url" placeholder="https://"></label>
            <label>${t('rotations.station.instructions')} <textarea name="instructions" rows="2" maxlength="4000"></textarea></label>
            <button type="submit">${t('rotations.station.add')}</button>
          </fieldset>
        </form>
      </section>`;
  }

  renderRotations() {
    const t = this.t;
    const today = new Date().toISOString().slice(0, 10);
    return html`
      <section aria-labelledby="rotations-heading">
        <h2 id="rotations-heading">${t('rotations.list.title')}</h2>
        ${this.rotations.length === 0 ? html`<p>${t('rotations.list.empty')}</p>` : html`
          <ul class="rotation-list">
            ${this.rotations.map((r) => html`<li><a href="#rotations/${r.id}">${r.title}</a>
              <span class="muted">${t('rotations.list.summary', r.date, r.rounds, r.minutesPerRound, r.stations.length)}</span></li>`)}
          </ul>`}
        ${this.stations.length === 0 ? '' : html`
        <form class="rotation-form" @submit=${(e) => this.createRotation(e)}>
          <fieldset>
            <legend>${t('rotations.rotation.new')}</legend>
            <label>${t('rotations.rotation.title')} <input name="title" maxlength="200"></label>
            <label>${t('rotations.rotation.date')} <input name="date" type="date" value=${today}></label>
            <label>${t('rotations.rotation.rounds')} <input name="rounds" type="number" min="1" max="12" value="3" required></label>
            <label>${t('rotations.rotation.minutes')} <input name="minutes" type="number" min="1" max="120" value="15" required></label>
            <fieldset>
              <legend>${t('rotations.rotation.stations')}</legend>
              ${this.stations.map((s) => html`<label class="check"><input type="checkbox" name="station" value=${s.id} checked>
                ${s.name} (${kindName(t, s.kind)}, ${t('rotations.station.capacityOf', s.capacity)})</label>`)}
            </fieldset>
            <button type="submit">${t('rotations.rotation.create')}</button>
          </fieldset>
        </form>`}
      </section>`;
  }

  renderRotation() {
    const t = this.t;
    const { rotation, grouping } = this.detail;
    return html`
      <p class="no-print"><a href="#rotations">${t('rotations.back')}</a></p>
      <h2 id="rotation-heading">${rotation.title}</h2>
      <p>${t('rotations.list.summary', rotation.date, rotation.rounds, rotation.minutesPerRound, rotation.stations.length)}</p>
      ${this.renderBuilder()}
      ${grouping ? html`
        <div class="rotation-actions no-print">
          <button type="button" @click=${() => this.regroup()}>${t('rotations.group.regroup')}</button>
          <button type="button" class="open-board" @click=${() => this.openBoard()}>${t('rotations.board.open')}</button>
          <button type="button" class="secondary" @click=${() => window.print()}>${t('rotations.print')}</button>
        </div>
        ${this.renderGroups(grouping)}
        ${this.renderAgenda(grouping)}
        ${this.renderOwnAgendas(grouping)}
        ${this.renderHistory()}` : html`<p>${t('rotations.group.none')}</p>`}`;
  }

  renderBuilder() {
    const t = this.t;
    const { standards, students } = this.detail;
    const b = this.builder;
    const update = (change) => { this.builder = { ...b, ...change }; };
    const toggle = (set, id, on) => { const next = new Set(set); if (on) next.add(id); else next.delete(id); return next; };
    if (standards.length === 0) {
      return html`<div class="notice"><p>${t('rotations.group.noStandards')}</p></div>`;
    }
    return html`
      <form class="group-builder no-print" @submit=${(e) => this.group(e)}>
        <fieldset>
          <legend>${t('rotations.group.build')}</legend>
          <fieldset class="inline">
            <legend>${t('rotations.group.method')}</legend>
            ${['SKILL', 'MIXED'].map((m) => html`<label class="check"><input type="radio" name="method" value=${m}
              .checked=${b.method === m} @change=${() => update({ method: m })}> ${t(`rotations.method.${m}`)}</label>`)}
          </fieldset>
          <fieldset class="inline">
            <legend>${t('rotations.group.standards')}</legend>
            ${standards.map((s) => html`<label class="check" title=${s.statement}><input type="checkbox" name="standard"
              value=${s.id} .checked=${b.standardIds.has(s.id)}
              @change=${(e) => update({ standardIds: toggle(b.standardIds, s.id, e.target.checked) })}> ${s.code}</label>`)}
          </fieldset>
          <label>${t('rotations.group.count')} <input name="groupCount" type="number" min="1" max="50"
            .value=${String(b.groupCount)} @input=${(e) => update({ groupCount: e.target.value })}></label>
          <fieldset class="inline">
            <legend>${t('rotations.group.absent')}</legend>
            ${students.map((s) => html`<label class="check"><input type="checkbox" name="absent" value=${s.id}
              .checked=${b.absent.has(s.id)} @change=${(e) => update({ absent: toggle(b.absent, s.id, e.target.checked) })}>
              ${s.name ?? t('rotations.student.unnamed')}</label>`)}
          </fieldset>
          <details>
            <summary>${t('rotations.group.constraints')}</summary>
            <fieldset class="inline">
              <legend>${t('rotations.group.pick')}</legend>
              ${students.map((s) => html`<label class="check"><input type="checkbox" .checked=${b.pick.has(s.id)}
                @change=${(e) => update({ pick: toggle(b.pick, s.id, e.target.checked) })}> ${s.name ?? t('rotations.student.unnamed')}</label>`)}
            </fieldset>
            <button type="button" class="secondary" ?disabled=${b.pick.size < 2}
              @click=${() => update({ keepApart: [...b.keepApart, [...b.pick]], pick: new Set() })}>${t('rotations.group.addApart')}</button>
            <button type="button" class="secondary" ?disabled=${b.pick.size < 2}
              @click=${() => update({ keepTogether: [...b.keepTogether, [...b.pick]], pick: new Set() })}>${t('rotations.group.addTogether')}</button>
            ${this.renderSets(t('rotations.group.apartSets'), b.keepApart, (i) => update({ keepApart: b.keepApart.filter((_, j) => j !== i) }))}
            ${this.renderSets(t('rotations.group.togetherSets'), b.keepTogether, (i) => update({ keepTogether: b.keepTogether.filter((_, j) => j !== i) }))}
          </details>
          <button type="submit" class="build-groups">${t('rotations.group.submit')}</button>
        </fieldset>
      </form>`;
  }

  renderSets(title, sets, remove) {
    if (!sets.length) return '';
    return html`<p>${title}</p><ul>${sets.map((set, i) => html`<li>${set.map((id) => this.nameOf(id)).join(', ')}
      <button type="button" class="secondary" @click=${() => remove(i)}>${this.t('rotations.group.removeSet')}</button></li>`)}</ul>`;
  }

  renderGroups(grouping) {
    const t = this.t;
    const moved = new Set(grouping.moves.map((m) => m.studentId));
    return html`
      <section aria-labelledby="groups-heading">
        <h3 id="groups-heading">${t('rotations.groups.title', t(`rotations.method.${grouping.method}`))}</h3>
        <p class="muted">${t('rotations.groups.dragHint')}</p>
        ${grouping.relaxedGoals.length ? html`<div class="notice"><p>${t('rotations.groups.relaxed')}</p>
          <ul>${grouping.relaxedGoals.map((g) => html`<li>${g}</li>`)}</ul></div>` : ''}
        <div class="group-cards">
          ${grouping.groups.map((g) => html`
            <section class="group-card" aria-labelledby="group-${g.number}-heading" data-group=${g.number}
              @dragover=${(e) => { e.preventDefault(); e.currentTarget.classList.add('drop-target'); }}
              @dragleave=${(e) => e.currentTarget.classList.remove('drop-target')}
              @drop=${(e) => { e.preventDefault(); e.currentTarget.classList.remove('drop-target');
                const id = e.dataTransfer.getData('text/plain'); if (id) this.move(id, g.number); }}>
              <h4 id="group-${g.number}-heading">${t('rotations.groups.group', g.number)}
                ${g.intervention ? html`<span class="badge">${t('rotations.groups.intervention')}</span>` : ''}</h4>
              <ul>
                ${g.members.map((m) => html`
                  <li data-student=${m.id} draggable="true"
                    @dragstart=${(e) => { e.dataTransfer.setData('text/plain', m.id); e.dataTransfer.effectAllowed = 'move'; }}>
                    <span class="member-name">${m.name ?? t('rotations.student.unnamed')}</span>
                    <span class="badge role-${m.role.toLowerCase()}">${roleName(t, m.role)}</span>
                    <p class="explanation">${explanationText(t, m.explanation, grouping.method, moved.has(m.id))}</p>
                    ${this.renderMoveMenu(m, g, grouping)}
                  </li>`)}
              </ul>
            </section>`)}
        </div>
        ${grouping.absent.length ? html`<p>${t('rotations.groups.absent', grouping.absent.map((s) => s.name).join(', '))}</p>` : ''}
      </section>`;
  }

  renderMoveMenu(member, group, grouping) {
    const t = this.t;
    const open = this.openMenu === member.id;
    const targets = grouping.groups.filter((g) => g.number !== group.number);
    const menuId = `move-menu-${member.id}`;
    const keys = (e) => {
      const items = [...e.currentTarget.querySelectorAll('[role="menuitem"]')];
      const at = items.indexOf(document.activeElement);
      if (e.key === 'ArrowDown') { e.preventDefault(); items[(at + 1) % items.length].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); items[(at - 1 + items.length) % items.length].focus(); }
      if (e.key === 'Home') { e.preventDefault(); items[0].focus(); }
      if (e.key === 'End') { e.preventDefault(); items[items.length - 1].focus(); }
      if (e.key === 'Escape' || e.key === 'Tab') {
        this.openMenu = null;
        if (e.key === 'Escape') this.updateComplete.then(() => this.querySelector(`li[data-student="${member.id}"] button.move-to`)?.focus());
      }
    };
    return html`
      <div class="move-to-wrap no-print">
        <button type="button" class="secondary move-to" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${menuId} @click=${async () => {
            this.openMenu = open ? null : member.id;
            await this.updateComplete;
            if (!open) this.querySelector(`#${CSS.escape(menuId)} [role="menuitem"]`)?.focus();
          }}>${t('rotations.move.to', member.name ?? t('rotations.student.unnamed'))}</button>
        ${open ? html`<ul class="move-menu" role="menu" id=${menuId} @keydown=${keys}
            aria-label=${t('rotations.move.menu', member.name ?? t('rotations.student.unnamed'))}>
          ${targets.map((g) => html`<li role="none"><button type="button" role="menuitem" tabindex="-1"
            @click=${() => this.move(member.id, g.number)}>${t('rotations.groups.group', g.number)}</button></li>`)}
        </ul>` : ''}
      </div>`;
  }

  renderAgenda(grouping) {
    const t = this.t;
    const { rotation } = this.detail;
    return html`
      <section aria-labelledby="agenda-heading" class="agenda">
        <h3 id="agenda-heading">${t('rotations.agenda.title')}</h3>
        <div class="table-scroll" role="region" aria-labelledby="agenda-heading" tabindex="0">
          <table class="agenda-table">
            <thead><tr><th scope="col">${t('rotations.agenda.group')}</th>
              ${grouping.agenda.rounds.map((r) => html`<th scope="col">${t('rotations.agenda.round', r.round, r.startsAtMinute)}</th>`)}</tr></thead>
            <tbody>
              ${grouping.groups.map((g) => html`<tr><th scope="row">${t('rotations.groups.group', g.number)}</th>
                ${grouping.agenda.rounds.map((r) => html`<td>${r.groups.find((p) => p.group === g.number)?.stationName ?? ''}</td>`)}</tr>`)}
            </tbody>
          </table>
        </div>
        ${grouping.agenda.rounds.some((r) => r.apart.length) ? html`
          <h4>${t('rotations.agenda.apart')}</h4>
          <ul>${grouping.agenda.rounds.flatMap((r) => r.apart.map((a) => html`<li>${t('rotations.agenda.apartItem',
            r.round, a.name ?? t('rotations.student.unnamed'), a.stationName, a.ownAgenda ? t('rotations.own.short') : roleName(t, a.role))}</li>`))}</ul>` : ''}
        ${grouping.agenda.conflicts.length ? html`<div class="notice"><p>${t('rotations.agenda.conflicts')}</p>
          <ul>${grouping.agenda.conflicts.map((c) => html`<li>${c.name ?? ''}: ${c.message}</li>`)}</ul></div>` : ''}
        ${grouping.agenda.notes.map((n) => html`<p class="notice">${n}</p>`)}
        <p class="muted">${t('rotations.agenda.timing', rotation.rounds, rotation.minutesPerRound)}</p>
      </section>`;
  }

  renderOwnAgendas(grouping) {
    const t = this.t;
    const { rotation, students } = this.detail;
    const placed = students.filter((s) => grouping.groups.some((g) => g.members.some((m) => m.id === s.id)));
    const own = Object.entries(grouping.agenda.ownAgendas ?? {});
    return html`
      <section aria-labelledby="own-heading" class="no-print">
        <h3 id="own-heading">${t('rotations.own.title')}</h3>
        ${own.length ? html`<ul>${own.map(([id, stations]) => html`<li>${this.nameOf(id)}:
          ${stations.map((s) => rotation.stations.find((x) => x.id === s)?.name).join(' → ')}
          <button type="button" class="secondary" @click=${() => this.clearOwnAgenda(id)}>${t('rotations.own.clear')}</button></li>`)}</ul>` : ''}
        <form @submit=${(e) => this.saveOwnAgenda(e)}>
          <label>${t('rotations.own.student')} <select name="student">${placed.map((s) => html`<option value=${s.id}>${s.name ?? t('rotations.student.unnamed')}</option>`)}</select></label>
          ${Array.from({ length: rotation.rounds }, (_, i) => html`<label>${t('rotations.agenda.roundShort', i + 1)}
            <select name="round-${i + 1}">${rotation.stations.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select></label>`)}
          <button type="submit" class="secondary">${t('rotations.own.save')}</button>
        </form>
      </section>`;
  }

  renderHistory() {
    const t = this.t;
    const history = this.detail.history;
    if (history.length < 2) return '';
    return html`
      <section aria-labelledby="history-heading" class="no-print">
        <h3 id="history-heading">${t('rotations.history.title')}</h3>
        <ol reversed>${history.map((g) => html`<li>${t('rotations.history.item', g.sequence, t(`rotations.method.${g.method}`),
          new Date(g.createdAt).toLocaleString(this.session?.locale ?? undefined), g.standardCodes.join(', '), g.moves)}</li>`)}</ol>
      </section>`;
  }
}

customElements.define('cairn-rotations-view', CairnRotationsView);
