// The student's "Rotation" view: where I am now and where I go next in today's rotation, my group and my role,
// and my whole agenda. It follows the board: it looks again every 20 seconds (and on "Check again"), and when the
// teacher has moved the board on, "now" moves with it and a polite live region says where to go.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { kindName, roleName } from './explain.js';

class CairnMyRotationView extends LitElement {
  static properties = {
    mine: { state: true },
    error: { state: true },
    notice: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.mine = null;
    this.error = null;
    this.notice = '';
    this.polling = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    await this.refresh();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.polling);
  }

  async refresh() {
    clearTimeout(this.polling);
    try {
      const before = this.mine;
      this.mine = await api('/api/v1/courses/current/rotations/mine');
      this.error = null;
      const now = this.mine.now;
      if (before?.now && now && (before.now.id !== now.id || before.currentRound !== this.mine.currentRound)) {
        this.notice = this.t('rotations.mine.moved', this.mine.currentRound, now.name);
      }
    } catch (e) {
      this.error = e.message;
    }
    this.polling = setTimeout(() => this.refresh(), 20000);
  }

  station(label, station, cls) {
    const t = this.t;
    if (!station) {
      return html`<section class="my-station ${cls}"><h3>${label}</h3><p>${t('rotations.mine.last')}</p></section>`;
    }
    return html`
      <section class="my-station ${cls}" aria-labelledby="${cls}-heading">
        <h3 id="${cls}-heading">${label}</h3>
        <p class="my-station-name">${station.name}</p>
        <p><span class="badge">${kindName(t, station.kind)}</span></p>
        ${station.instructions ? html`<p>${station.instructions}</p>` : ''}
        ${station.link ? html`<p><a href=${station.link} target="_blank" rel="noopener">${t('rotations.mine.openLink', station.name)}</a></p>` : ''}
      </section>`;
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.mine) return html`<p role="status">${t('shell.loading')}</p>`;
    const m = this.mine;
    if (m.inRotation === false) return html`<p>${t('rotations.mine.none')}</p>`;
    if (!m.inGroup) return html`<h2>${m.title}</h2><p>${t('rotations.mine.notInGroup')}</p>`;
    return html`
      <h2>${m.title}</h2>
      <div class="visually-hidden" role="status" aria-live="polite">${this.notice}</div>
      <p>${t('rotations.mine.summary', m.group, roleName(t, m.role), m.currentRound, m.rounds)}</p>
      <div class="my-now-next">
        ${this.station(t('rotations.mine.now'), m.now, 'now')}
        ${this.station(t('rotations.mine.next'), m.next, 'next')}
      </div>
      <h3 id="my-agenda-heading">${t('rotations.mine.agenda')}</h3>
      <ol class="my-agenda" aria-labelledby="my-agenda-heading">
        ${m.stops.map((s) => html`<li aria-current=${s.round === m.currentRound ? 'step' : 'false'}>
          ${t('rotations.agenda.roundShort', s.round)}: ${s.station.name} (${kindName(t, s.station.kind)})</li>`)}
      </ol>
      <button type="button" class="secondary" @click=${() => this.refresh()}>${t('rotations.mine.refresh')}</button>`;
  }
}

customElements.define('cairn-my-rotation-view', CairnMyRotationView);
