// The classroom board, in a pop-out window opened by the teacher's rotation page: each round's group -> station
// in large type, a large countdown readable from the back of the room (start, pause, next round), and a live region
// that announces round changes. The session token and rotation id arrive by postMessage from the opener (same
// origin only), never in this page's URL. No animation: the countdown only changes its digits once a second.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { loadMessages } from '../i18n.js';
import { kindName, roleName } from './explain.js';

const BASE = '/api/v1/courses/current/rotations';

function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

class CairnRotationBoard extends LitElement {
  static properties = {
    board: { state: true },
    round: { state: true },
    remaining: { state: true },
    running: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.board = null;
    this.token = null;
    this.round = 1;
    this.remaining = 0;
    this.running = false;
    this.error = null;
    this.announcement = '';
    this.ticker = null;
    this.endsAt = 0;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.replaceChildren();
    this.t = await loadMessages(navigator.language);
    if (!window.opener) {
      this.error = this.t('rotations.board.noOpener');
      return;
    }
    window.addEventListener('message', (event) => this.receive(event));
    // Ask the opener for the session until it answers (it may still be attaching its listener), a bounded number of times.
    let tries = 0;
    const ask = () => {
      if (this.token || tries >= 20 || !window.opener) return;
      tries += 1;
      window.opener.postMessage({ type: 'cairn-board-ready' }, location.origin);
      setTimeout(ask, 500);
    };
    ask();
  }

  async receive(event) {
    if (event.origin !== location.origin || event.source !== window.opener) return;
    if (event.data?.type !== 'cairn-board-session' || this.token) return;
    this.token = event.data.token;
    this.rotationId = event.data.rotationId;
    this.t = await loadMessages(event.data.locale);
    document.documentElement.lang = String(event.data.locale ?? 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
    document.title = this.t('rotations.board.title');
    try {
      this.board = await api(`${BASE}/${this.rotationId}/board`, { token: this.token });
      this.round = this.board.currentRound;
      this.remaining = this.board.minutesPerRound * 60000;
      this.announce(this.roundAnnouncement());
    } catch (e) {
      this.error = e.message;
    }
  }

  announce(text) {
    // Clear first so the same words are announced again.
    this.announcement = '';
    requestAnimationFrame(() => { this.announcement = text; });
  }

  roundAnnouncement() {
    const t = this.t;
    const placements = this.schedule().groups.map((p) => t('rotations.board.groupAt', p.group, p.stationName));
    return `${t('rotations.board.roundOf', this.round, this.board.rounds)}. ${placements.join('. ')}`;
  }

  schedule() {
    return this.board.schedule[this.round - 1];
  }

  async tell(running) {
    try {
      await api(`${BASE}/${this.rotationId}/board/round`, { method: 'PUT', token: this.token, body: { round: this.round, running } });
    } catch (e) {
      this.error = e.message;
    }
  }

  start() {
    if (this.running || this.remaining <= 0) return;
    this.running = true;
    this.endsAt = Date.now() + this.remaining;
    this.ticker = setInterval(() => this.tick(), 250);
    this.tell(true);
    this.announce(this.t('rotations.board.started', clock(this.remaining)));
  }

  pause() {
    if (!this.running) return;
    clearInterval(this.ticker);
    this.remaining = Math.max(0, this.endsAt - Date.now());
    this.running = false;
    this.tell(false);
    this.announce(this.t('rotations.board.paused', clock(this.remaining)));
  }

  tick() {
    const left = Math.max(0, this.endsAt - Date.now());
    if (Math.ceil(left / 1000) !== Math.ceil(this.remaining / 1000)) this.remaining = left;
    if (left <= 0) {
      clearInterval(this.ticker);
      this.running = false;
      this.remaining = 0;
      this.announce(this.t('rotations.board.timeUp', this.round));
    }
  }

  goTo(round) {
    if (round < 1 || round > this.board.rounds) return;
    clearInterval(this.ticker);
    this.running = false;
    this.round = round;
    this.remaining = this.board.minutesPerRound * 60000;
    this.tell(false);
    this.announce(this.roundAnnouncement());
  }

  fullScreen() {
    if (document.fullscreenElement) document.exitFullscreen();
    else document.documentElement.requestFullscreen?.().catch(() => {});
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${this.error}</p></div>`;
    if (!this.board) return html`<p role="status">${t('rotations.board.waiting')}</p>`;
    const round = this.schedule();
    const nextRound = this.board.schedule[this.round];
    const groups = new Map(this.board.groups.map((g) => [g.number, g]));
    const stations = new Map(this.board.stations.map((s) => [s.id, s]));
    return html`
      <div class="board">
        <header class="board-head">
          <h1>${this.board.title}</h1>
          <p class="board-round">${t('rotations.board.roundOf', this.round, this.board.rounds)}</p>
          <p class="board-timer" role="timer" aria-label=${t('rotations.board.timeLeft')}
            aria-live="off">${clock(this.remaining)}</p>
          <div class="board-controls">
            ${this.running
              ? html`<button type="button" class="board-pause" @click=${() => this.pause()}>${t('rotations.board.pause')}</button>`
              : html`<button type="button" class="board-start" ?disabled=${this.remaining <= 0} @click=${() => this.start()}>${t('rotations.board.start')}</button>`}
            <button type="button" class="secondary" ?disabled=${this.round <= 1} @click=${() => this.goTo(this.round - 1)}>${t('rotations.board.previous')}</button>
            <button type="button" class="board-next" ?disabled=${this.round >= this.board.rounds} @click=${() => this.goTo(this.round + 1)}>${t('rotations.board.next')}</button>
            <button type="button" class="secondary" @click=${() => this.fullScreen()}>${t('rotations.board.fullScreen')}</button>
            <button type="button" class="secondary" @click=${() => window.print()}>${t('rotations.print')}</button>
          </div>
        </header>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        <ul class="board-groups">
          ${round.groups.map((p) => html`<li class="board-group">
            <p class="board-station">${t('rotations.groups.group', p.group)} → <strong>${p.stationName}</strong>
              <span class="badge">${kindName(t, stations.get(p.stationId)?.kind)}</span></p>
            <p class="board-members">${(groups.get(p.group)?.members ?? [])
              .filter((m) => !round.apart.some((a) => a.studentId === m.id)).map((m) => m.name).join(', ')}</p>
          </li>`)}
        </ul>
        ${round.apart.length ? html`<ul class="board-apart">${round.apart.map((a) => html`<li>${a.name} → ${a.stationName}
          (${a.ownAgenda ? t('rotations.own.short') : roleName(t, a.role)})</li>`)}</ul>` : ''}
        ${nextRound ? html`<p class="board-next-round">${t('rotations.board.nextRound')}
          ${nextRound.groups.map((p) => t('rotations.board.groupAt', p.group, p.stationName)).join(' · ')}</p>` : ''}
        <section class="print-only">
          <h2>${t('rotations.agenda.title')}</h2>
          <table><thead><tr><th scope="col">${t('rotations.agenda.group')}</th>
            ${this.board.schedule.map((r) => html`<th scope="col">${t('rotations.agenda.round', r.round, r.startsAtMinute)}</th>`)}</tr></thead>
            <tbody>${this.board.groups.map((g) => html`<tr><th scope="row">${t('rotations.groups.group', g.number)}</th>
              ${this.board.schedule.map((r) => html`<td>${r.groups.find((p) => p.group === g.number)?.stationName ?? ''}</td>`)}</tr>`)}</tbody>
          </table>
        </section>
      </div>`;
  }
}

customElements.define('cairn-rotation-board', CairnRotationBoard);
