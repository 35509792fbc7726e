// The teacher's plans: every student's plan (needs attention first), planning periods, the conference cadence,
// class-time slots and the proposed schedule, overdue conferences, the one-screen conference (what changed,
// latest reflection, goals due, notes, agreed goals) and the printable family summary in English or Spanish.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { announce } from '../lms.js';
import {
  API, formatDate, formatInstant, targetText, servesText, statusBadge, formValues, goalBody, goalFields,
} from './plan-common.js';

class CairnPlansView extends LitElement {
  static properties = {
    overview: { state: true },
    periods: { state: true },
    schedule: { state: true },
    overdue: { state: true },
    template: { state: true },
    conference: { state: true },
    conferencePlan: { state: true },
    summary: { state: true },
    error: { state: true },
    message: { state: true },
    failure: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.overview = null;
    this.conference = null;
    this.summary = null;
    this.error = null;
    this.message = '';
    this.failure = '';
  }

  async connectedCallback() {
    super.connectedCallback();
    await this.load();
  }

  get locale() {
    return this.session?.locale;
  }

  async load() {
    try {
      this.overview = await api(`${API}/plans/overview`);
      [this.periods, this.schedule, this.overdue, this.template] = await Promise.all([
        api(`${API}/planning/periods`), api(`${API}/conferences/schedule`), api(`${API}/conferences/overdue`),
        api(`${API}/planning/template`)]);
    } catch (e) {
      this.error = e.message;
    }
  }

  // A failed save leaves the form as it was, so nothing typed is lost (a 409 asks to reload first: someone saved since).
  async act(event, call, done, after) {
    event?.preventDefault();
    const form = event?.target;
    this.failure = '';
    try {
      const result = await call(form instanceof HTMLFormElement ? formValues(form) : {});
      if (form instanceof HTMLFormElement) form.reset();
      this.message = done;
      announce(done);
      if (after) await after(result); else await this.load();
    } catch (e) {
      this.message = '';
      this.failure = e.message;
      await this.updateComplete;
      this.querySelector('#plans-failure')?.focus();
    }
  }

  async openConference(id) {
    try {
      this.summary = null;
      this.conference = await api(`${API}/conferences/${id}`);
      this.conferencePlan = await api(`${API}/plans/${this.conference.conference.planId}`);
      await this.updateComplete;
      this.querySelector('#conference-heading')?.focus();
    } catch (e) {
      this.failure = e.message;
    }
  }

  async closeConference() {
    this.conference = null;
    await this.load();
  }

  async openSummary(row, lang) {
    try {
      this.summary = { row, data: await api(`${API}/plans/${row.planId}/family-summary?lang=${lang}`) };
      await this.updateComplete;
      this.querySelector('#summary-heading')?.focus();
    } catch (e) {
      this.failure = e.message;
    }
  }

  name(row) {
    return row.studentName ?? this.t('plans.noName');
  }

  overviewTable() {
    const t = this.t;
    const rows = this.overview.rows;
    return html`
      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">${t('plans.overview.heading')}</h2>
        ${rows.length === 0 ? html`<p>${t('plans.overview.empty')}</p>` : html`
        <div class="table-scroll" role="region" aria-labelledby="overview-heading" tabindex="0">
          <table class="plan-table plans-overview">
            <caption class="visually-hidden">${t('plans.overview.caption')}</caption>
            <thead><tr>
              <th scope="col">${t('plans.overview.student')}</th><th scope="col">${t('plans.overview.goals')}</th>
              <th scope="col">${t('plans.overview.lastConference')}</th><th scope="col">${t('plans.overview.lastReflection')}</th>
              <th scope="col">${t('plans.overview.attention')}</th><th scope="col">${t('plans.overview.summary')}</th>
            </tr></thead>
            <tbody>${rows.map((r) => html`<tr class=${r.needsAttention ? 'needs-attention' : ''}>
              <th scope="row">${this.name(r)}</th>
              <td>${['ACTIVE', 'MET', 'NOT_MET', 'DROPPED'].filter((s) => r.goalCounts[s])
                .map((s) => t('plans.overview.count', r.goalCounts[s], t(`plans.status.${s}`))).join(', ') || t('plans.overview.noGoals')}</td>
              <td>${r.lastConference ? formatDate(r.lastConference, this.locale) : t('plans.overview.never')}</td>
              <td>${r.lastReflection ? formatInstant(r.lastReflection, this.locale) : t('plans.overview.never')}</td>
              <td>${r.attention.length ? html`<ul class="attention">${r.attention.map((a) => html`<li>${t(`plans.attention.${a}`)}</li>`)}</ul>`
                : t('plans.overview.onTrack')}</td>
              <td class="summary-links">
                <button type="button" class="secondary" @click=${() => this.openSummary(r, 'en')}
                  aria-label=${t('plans.summary.openFor', this.name(r), 'English')}>English</button>
                <button type="button" class="secondary" @click=${() => this.openSummary(r, 'es')} lang="es"
                  aria-label=${t('plans.summary.openFor', this.name(r), 'español')}>Español</button>
              </td></tr>`)}
            </tbody>
          </table>
        </div>`}
      </section>`;
  }

  periodsPanel() {
    const t = this.t;
    return html`
      <section aria-labelledby="periods-heading">
        <h2 id="periods-heading">${t('plans.periods.heading')}</h2>
        ${this.periods?.length ? html`<ul>${this.periods.map((p) => html`<li>
          ${t('plans.period.current', p.name, formatDate(p.startsOn, this.locale), formatDate(p.endsOn, this.locale))}
          ${p.current ? html` <span class="plan-status status-active">${t('plans.periods.now')}</span>` : ''}</li>`)}</ul>`
          : html`<p>${t('plans.periods.none')}</p>`}
        <form class="plan-inline-form" @submit=${(e) => this.act(e, (v) => api(`${API}/planning/periods`, { method: 'POST',
          body: { name: v.name, startsOn: v.startsOn || null, endsOn: v.endsOn || null } }), t('plans.periods.saved'))}>
          <label for="period-name">${t('plans.periods.name')}</label>
          <input id="period-name" name="name" type="text" maxlength="120" required>
          <label for="period-start">${t('plans.periods.start')}</label>
          <input id="period-start" name="startsOn" type="date" required>
          <label for="period-end">${t('plans.periods.end')}</label>
          <input id="period-end" name="endsOn" type="date" aria-describedby="period-end-hint">
          <span class="hint" id="period-end-hint">${t('plans.periods.endHint')}</span>
          <button type="submit" class="secondary">${t('plans.periods.add')}</button>
        </form>
      </section>`;
  }

  schedulePanel() {
    const t = this.t;
    const s = this.schedule;
    const template = this.template;
    if (!s || !template) return '';
    return html`
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading">${t('plans.schedule.heading')}</h2>
        <form class="plan-inline-form" @submit=${(e) => this.act(e, (v) => api(`${API}/planning/template`, { method: 'PUT',
          // The template is replaced as a whole: its prompts and suggestions as this page loaded them, the new cadence and
          // length, and the version they came with, so a save over a colleague's newer template is refused.
          body: { cadence: v.cadence, conferenceMinutes: Number(v.minutes), prompts: template.custom ? template.prompts : [],
            goalSuggestions: template.goalSuggestions ?? [], version: template.version } }), t('plans.schedule.cadenceSaved'))}>
          <label for="cadence">${t('plans.schedule.cadence')}</label>
          <select id="cadence" name="cadence">
            ${['WEEKLY', 'BIWEEKLY'].map((c) => html`<option value=${c} ?selected=${c === template.cadence}>${t(`plans.cadence.${c}`)}</option>`)}
          </select>
          <label for="conference-minutes">${t('plans.schedule.minutes')}</label>
          <input id="conference-minutes" name="minutes" type="number" min="1" max="60" value=${template.conferenceMinutes}>
          <button type="submit" class="secondary">${t('plans.schedule.saveCadence')}</button>
        </form>
        <p>${t('plans.schedule.window', formatDate(s.from, this.locale), formatDate(s.to, this.locale))}</p>
        <h3>${t('plans.schedule.slots')}</h3>
        ${s.slots.length ? html`<ul>${s.slots.map((x) => html`<li>${formatDate(x.date, this.locale)} ${String(x.startsAt).slice(0, 5)},
          ${t('plans.schedule.slotMinutes', x.minutes)}${x.label ? ` (${x.label})` : ''}</li>`)}</ul>` : html`<p>${t('plans.schedule.noSlots')}</p>`}
        <form class="plan-inline-form" @submit=${(e) => this.act(e, (v) => api(`${API}/conferences/slots`, { method: 'POST',
          body: { date: v.date || null, startsAt: v.startsAt || null, minutes: v.minutes ? Number(v.minutes) : null, label: v.label || null } }),
          t('plans.schedule.slotSaved'))}>
          <label for="slot-date">${t('plans.schedule.slotDate')}</label>
          <input id="slot-date" name="date" type="date" required>
          <label for="slot-start">${t('plans.schedule.slotStart')}</label>
          <input id="slot-start" name="startsAt" type="time" required>
          <label for="slot-minutes">${t('plans.schedule.slotLength')}</label>
          <input id="slot-minutes" name="minutes" type="number" min="1" max="480" value="20" required>
          <label for="slot-label">${t('plans.schedule.slotLabel')}</label>
          <input id="slot-label" name="label" type="text" maxlength="120">
          <button type="submit" class="secondary">${t('plans.schedule.addSlot')}</button>
        </form>
        <h3>${t('plans.schedule.proposed')}</h3>
        ${s.proposed.length ? html`
          <ol class="plan-proposals">${s.proposed.map((p) => html`<li>${formatDate(p.date, this.locale)} ${String(p.startsAt).slice(0, 5)}:
            ${p.studentName ?? t('plans.noName')}${p.why.length ? ` (${p.why.map((w) => t(`plans.why.${w}`)).join(', ')})` : ''}</li>`)}</ol>
          <button type="button" id="book-proposals" @click=${(e) => this.act(null, () => api(`${API}/conferences`, { method: 'POST',
            body: { conferences: s.proposed.map((p) => ({ studentId: p.studentId, date: p.date, startsAt: p.startsAt, minutes: p.minutes })) } }),
            t('plans.schedule.booked'))}>${t('plans.schedule.book')}</button>`
          : html`<p>${t('plans.schedule.noProposals')}</p>`}
        ${s.unscheduled.length ? html`<p class="notice">${t('plans.schedule.unscheduled', s.unscheduled.length, s.minutesShort,
          s.unscheduled.map((p) => p.studentName ?? t('plans.noName')).join(', '))}</p>` : ''}
        <h3>${t('plans.schedule.scheduled')}</h3>
        ${s.scheduled.length ? html`<ul class="plan-scheduled">${s.scheduled.map((c) => html`<li>
          ${formatDate(c.date, this.locale)} ${String(c.startsAt).slice(0, 5)}: ${c.studentName ?? t('plans.noName')}
          <button type="button" class="secondary" @click=${() => this.openConference(c.id)}
            aria-label=${t('plans.conference.openFor', c.studentName ?? t('plans.noName'))}>${t('plans.conference.open')}</button></li>`)}</ul>`
          : html`<p>${t('plans.schedule.noneScheduled')}</p>`}
      </section>`;
  }

  overduePanel() {
    const t = this.t;
    return html`
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">${t('plans.overdue.heading')}</h2>
        ${this.overdue?.length ? html`<ul>${this.overdue.map((o) => html`<li>${o.studentName ?? t('plans.noName')}:
          ${o.lastConference ? t('plans.overdue.since', formatDate(o.lastConference, this.locale), o.daysOverdue)
            : t('plans.overdue.never', o.daysOverdue)}</li>`)}</ul>` : html`<p>${t('plans.overdue.none')}</p>`}
      </section>`;
  }

  conferenceScreen() {
    const t = this.t;
    const screen = this.conference;
    const c = screen.conference;
    const plan = this.conferencePlan ?? { standards: [], scale: [], period: screen.period };
    const held = c.status !== 'SCHEDULED';
    const goalLine = (g) => html`<li>${g.text} · ${statusBadge(t, g)} ${t('plans.goal.summary', targetText(t, g, plan.standards),
      servesText(t, g, plan.standards), formatDate(g.targetDate, this.locale))}</li>`;
    return html`
      <section class="plan-conference" aria-labelledby="conference-heading">
        <h2 id="conference-heading" tabindex="-1">${t('plans.conference.heading', c.studentName ?? t('plans.noName'),
          formatDate(c.date, this.locale), String(c.startsAt).slice(0, 5))}</h2>
        <p>${t(`plans.conference.${c.status}`)}</p>
        <div class="plan-conference-grid">
          <div>
            <h3>${t('plans.changes.heading')}</h3>
            <p>${screen.since ? t('plans.changes.since', formatInstant(screen.since, this.locale)) : t('plans.changes.first')}</p>
            <ul>
              ${Object.entries(screen.newEvidence).map(([code, n]) => html`<li>${t('plans.changes.evidence', n, code)}</li>`)}
              ${screen.movedUp.map((m) => html`<li>${t('plans.changes.up', m.code, m.before ?? '–', m.now)}</li>`)}
              ${screen.movedDown.map((m) => html`<li>${t('plans.changes.down', m.code, m.before, m.now)}</li>`)}
            </ul>
            ${Object.keys(screen.newEvidence).length + screen.movedUp.length + screen.movedDown.length === 0
              ? html`<p>${t('plans.changes.noEvidence')}</p>` : ''}
            <h3>${t('plans.changes.goalsDue')}</h3>
            ${screen.goalsDue.length ? html`<ul>${screen.goalsDue.map(goalLine)}</ul>` : html`<p>${t('plans.changes.noGoalsDue')}</p>`}
          </div>
          <div>
            <h3>${t('plans.changes.reflection')}</h3>
            ${screen.latestReflection ? html`<p class="hint">${formatInstant(screen.latestReflection.writtenAt, this.locale)}</p>
              <dl class="plan-answers">${screen.latestReflection.answers.map((a) => html`<dt>${a.prompt}</dt><dd>${a.answer}</dd>`)}</dl>`
              : html`<p>${t('plans.changes.noReflection')}</p>`}
            <h3>${t('plans.changes.activeGoals')}</h3>
            ${screen.activeGoals.length ? html`<ul>${screen.activeGoals.map(goalLine)}</ul>` : html`<p>${t('plans.goals.none')}</p>`}
          </div>
        </div>
        <h3>${t('plans.conference.notes')}</h3>
        ${held ? html`<p>${c.notes ?? t('plans.conference.noNotes')}${c.notesShareable ? html` <span class="plan-status status-met">${t('plans.conference.shared')}</span>` : ''}</p>`
          : html`
          <form id="conference-notes" @submit=${(e) => this.act(e, (v) => api(`${API}/conferences/${c.id}/held`, { method: 'POST',
            body: { notes: v.notes || null, shareable: v.shareable === 'on' } }), t('plans.conference.heldSaved'),
            (result) => { this.conference = result; })}>
            <label for="conference-notes-text">${t('plans.conference.notesLabel')}</label>
            <textarea id="conference-notes-text" name="notes" rows="4" maxlength="8000"></textarea>
            <div class="inline"><input type="checkbox" id="conference-shareable" name="shareable">
              <label for="conference-shareable">${t('plans.conference.shareable')}</label></div>
            <button type="submit">${t('plans.conference.hold')}</button>
            <button type="button" class="secondary" @click=${() => this.act(null, () => api(`${API}/conferences/${c.id}/missed`, { method: 'POST' }),
              t('plans.conference.missedSaved'), (result) => { this.conference = result; })}>${t('plans.conference.miss')}</button>
          </form>`}
        <h3>${t('plans.conference.agreed')}</h3>
        ${c.agreedGoals.length ? html`<ul>${c.agreedGoals.map(goalLine)}</ul>` : html`<p>${t('plans.conference.noAgreed')}</p>`}
        <details class="plan-add">
          <summary>${t('plans.conference.addGoal')}</summary>
          <form id="agreed-goal-form" @submit=${(e) => this.act(e, (v) => api(`${API}/conferences/${c.id}/goals`, { method: 'POST', body: goalBody(v) }),
            t('plans.goal.saved'), async () => { this.conference = await api(`${API}/conferences/${c.id}`); })}>
            ${goalFields(t, 'agreed-goal', plan)}
            <button type="submit">${t('plans.goal.save')}</button>
          </form>
        </details>
        <p><button type="button" class="secondary" @click=${() => this.closeConference()}>${t('plans.conference.back')}</button></p>
      </section>`;
  }

  summaryPanel() {
    const t = this.t;
    const s = this.summary.data;
    return html`
      <section class="family-summary" lang=${s.language} aria-labelledby="summary-heading">
        <h2 id="summary-heading" tabindex="-1">${s.title}</h2>
        <p>${s.intro}</p>
        ${s.sections.map((section) => html`<h3>${section.heading}</h3><ul>${section.lines.map((l) => html`<li>${l}</li>`)}</ul>`)}
        <p class="no-print" lang=${this.locale ?? 'en'}>
          <button type="button" @click=${() => window.print()}>${t('plans.summary.print')}</button>
          <button type="button" class="secondary" @click=${() => { this.summary = null; }}>${t('plans.summary.close')}</button>
        </p>
      </section>`;
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.overview) return html`<p role="status">${t('shell.loading')}</p>`;
    return html`
      <div class="plans ${this.summary ? 'printing-summary' : ''}">
        <p role="status" class="plan-message no-print">${this.message}</p>
        ${this.failure ? html`<div class="notice error no-print" role="alert" id="plans-failure" tabindex="-1"><p>${this.failure}</p></div>` : ''}
        ${this.summary ? this.summaryPanel() : ''}
        ${this.conference ? this.conferenceScreen() : html`
          <div class="no-print">
            ${this.overviewTable()}
            ${this.overduePanel()}
            ${this.schedulePanel()}
            ${this.periodsPanel()}
          </div>`}
      </div>`;
  }
}

customElements.define('cairn-plans-view', CairnPlansView);
