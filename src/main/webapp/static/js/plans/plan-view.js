// The student's learning plan: this period's target standards with live mastery, the next step and its reason,
// goals (add, record progress), a reflection on the prompts, "about me" (each field private or shared with the
// teachers), conference outcomes, and a self-assessment or out-of-school evidence for the teacher to validate.
import { LitElement, html } from 'lit';
import { api, boot } from '../api.js';
import { announce } from '../lms.js';
import {
  API, HABITS, ABOUT_ME, formatDate, formatInstant, targetText, servesText, levelText, statusBadge, formValues,
  goalBody, goalFields,
} from './plan-common.js';

class CairnPlanView extends LitElement {
  static properties = {
    plan: { state: true },
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
    this.plan = null;
    this.error = null;
    this.message = '';
    this.failure = '';
  }

  async connectedCallback() {
    super.connectedCallback();
    await this.load();
  }

  async load() {
    try {
      this.plan = await api(`${API}/plans/mine`);
    } catch (e) {
      this.error = e.message;
    }
  }

  get locale() {
    return this.session?.locale;
  }

  // Every change: call the API, reload the plan, say what happened (or what to fix) in the live region. A failed
  // save leaves the form as it was, so nothing typed is lost (a 409 asks to reload first: someone saved since).
  async act(event, call, done, reset = true) {
    event.preventDefault();
    const form = event.target;
    this.failure = '';
    try {
      await call(formValues(form));
      if (reset) form.reset();
      this.message = done;
      announce(done);
      await this.load();
    } catch (e) {
      this.message = '';
      this.failure = e.message;
      await this.updateComplete;
      this.querySelector('#plan-failure')?.focus();
    }
  }

  path(more) {
    return `${API}/plans/${this.plan.id}${more}`;
  }

  // A link the teacher placed for one unit ("My learning plan: Expressions", Deep Linking's cairn_unit) opens on
  // that unit's standards with the student's level now; the rest of the plan follows as usual.
  unit() {
    const t = this.t;
    const name = boot.unit;
    if (!name) return '';
    // The link carries the name cut at 200 characters (ContentOffer.MAX_UNIT).
    const standards = this.plan.standards.filter((s) => (s.unitName ?? '').trim().slice(0, 200) === name);
    return html`
      <section aria-labelledby="plan-unit-heading" class="plan-unit">
        <h2 id="plan-unit-heading" tabindex="-1">${t('plans.unit.heading', name)}</h2>
        ${standards.length ? html`
          <table class="plan-table">
            <caption>${t('plans.unit.caption')}</caption>
            <thead><tr><th scope="col">${t('plans.standard')}</th><th scope="col">${t('plans.statement')}</th>
              <th scope="col">${t('plans.level')}</th></tr></thead>
            <tbody>${standards.map((s) => html`<tr><th scope="row">${s.code}</th><td>${s.statement ?? ''}</td>
              <td>${s.level ? levelText(t, s.level) : ''}${s.level?.mastery ? html` <span class="plan-status status-met">${t('plans.level.mastered')}</span>` : ''}</td></tr>`)}
            </tbody>
          </table>` : html`<p>${t('plans.unit.none')}</p>`}
      </section>`;
  }

  targets() {
    const t = this.t;
    const plan = this.plan;
    return html`
      <section aria-labelledby="plan-period-heading">
        <h2 id="plan-period-heading">${t('plans.period.heading')}</h2>
        ${plan.period ? html`<p>${t('plans.period.current', plan.period.name, formatDate(plan.period.startsOn, this.locale),
          formatDate(plan.period.endsOn, this.locale))}</p>` : html`<p>${t('plans.period.none')}</p>`}
        ${plan.targets.length ? html`
          <table class="plan-table">
            <caption>${t('plans.targets.caption')}</caption>
            <thead><tr><th scope="col">${t('plans.standard')}</th><th scope="col">${t('plans.statement')}</th>
              <th scope="col">${t('plans.level')}</th></tr></thead>
            <tbody>${plan.targets.map((s) => html`<tr><th scope="row">${s.code}</th><td>${s.statement ?? ''}</td>
              <td>${levelText(t, s.level)}${s.level.mastery ? html` <span class="plan-status status-met">${t('plans.level.mastered')}</span>` : ''}</td></tr>`)}
            </tbody>
          </table>` : html`<p>${t('plans.targets.none')}</p>`}
        ${plan.nextStep ? html`
          <div class="plan-next" role="note" aria-labelledby="plan-next-heading">
            <h3 id="plan-next-heading">${t('plans.next.heading', plan.nextStep.code)}</h3>
            <p>${plan.nextStep.reason}</p>
          </div>` : ''}
      </section>`;
  }

  goals() {
    const t = this.t;
    const plan = this.plan;
    return html`
      <section aria-labelledby="plan-goals-heading">
        <h2 id="plan-goals-heading">${t('plans.goals.heading')}</h2>
        ${plan.goals.length === 0 ? html`<p>${t('plans.goals.none')}</p>` : html`
          <ul class="plan-goals">${plan.goals.map((g) => html`
            <li class="plan-goal">
              <h3>${g.text}</h3>
              <p>${statusBadge(t, g)} ${t('plans.goal.summary', targetText(t, g, plan.standards), servesText(t, g, plan.standards),
                formatDate(g.targetDate, this.locale))}${g.conferenceId ? html` · ${t('plans.goal.fromConference')}` : ''}</p>
              ${g.progress.length ? html`<ul class="plan-progress">${g.progress.map((p) => html`<li>
                ${formatDate(p.on, this.locale)}: ${p.note ?? ''}${p.value != null ? html` (${p.value})` : ''}</li>`)}</ul>` : ''}
              ${g.status === 'ACTIVE' ? html`
                <form class="plan-inline-form" @submit=${(e) => this.act(e, (v) => api(this.path(`/goals/${g.id}/progress`),
                  { method: 'POST', body: { note: v.note || null, value: v.value ? Number(v.value) : null } }), t('plans.progress.saved'))}>
                  <label for="progress-note-${g.id}">${t('plans.progress.note')}</label>
                  <input id="progress-note-${g.id}" name="note" type="text" maxlength="1000">
                  <label for="progress-value-${g.id}">${t('plans.progress.value')}</label>
                  <input id="progress-value-${g.id}" name="value" type="number" min="0" step="any" size="5">
                  <button type="submit" class="secondary">${t('plans.progress.add')}</button>
                </form>
                <form class="plan-inline-form" @submit=${(e) => this.act(e, () => api(this.path(`/goals/${g.id}/status`),
                  { method: 'PUT', body: { status: 'MET' } }), t('plans.goal.markedMet'))}>
                  <button type="submit" class="secondary">${t('plans.goal.markMet')}</button>
                </form>` : ''}
            </li>`)}
          </ul>`}
        <details class="plan-add">
          <summary>${t('plans.goal.add')}</summary>
          ${plan.goalSuggestions.length ? html`<p>${t('plans.goal.suggestions', plan.goalSuggestions.join(' · '))}</p>` : ''}
          <form id="goal-form" @submit=${(e) => this.act(e, (v) => api(this.path('/goals'), { method: 'POST', body: goalBody(v) }),
            t('plans.goal.saved'))}>
            ${goalFields(t, 'new-goal', plan)}
            <button type="submit">${t('plans.goal.save')}</button>
          </form>
        </details>
      </section>`;
  }

  reflection() {
    const t = this.t;
    const plan = this.plan;
    const latest = plan.reflections[0];
    return html`
      <section aria-labelledby="plan-reflection-heading">
        <h2 id="plan-reflection-heading">${t('plans.reflection.heading')}</h2>
        <form id="reflection-form" @submit=${(e) => this.act(e, (v) => api(this.path('/reflections'), { method: 'POST', body: {
          answers: Object.fromEntries(plan.prompts.map((p, i) => [p, v[`answer-${i}`] ?? ''])),
          ratings: Object.fromEntries(HABITS.filter((h) => v[`rating-${h}`]).map((h) => [h, Number(v[`rating-${h}`])])),
        } }), t('plans.reflection.saved'))}>
          ${plan.prompts.map((p, i) => html`<div class="field">
            <label for="answer-${i}">${p}</label>
            <textarea id="answer-${i}" name="answer-${i}" rows="3" maxlength="4000"></textarea></div>`)}
          <fieldset>
            <legend>${t('plans.reflection.ratings')}</legend>
            ${HABITS.map((h) => html`<div class="inline">
              <label for="rating-${h}">${t(`plans.habit.${h}`)}</label>
              <select id="rating-${h}" name="rating-${h}">
                <option value="">${t('plans.reflection.noRating')}</option>
                ${[1, 2, 3, 4].map((n) => html`<option value=${n}>${t(`plans.rating.${n}`)}</option>`)}
              </select></div>`)}
          </fieldset>
          <button type="submit">${t('plans.reflection.save')}</button>
        </form>
        ${latest ? html`
          <h3>${t('plans.reflection.latest', formatInstant(latest.writtenAt, this.locale))}</h3>
          <dl class="plan-answers">${latest.answers.map((a) => html`<dt>${a.prompt}</dt><dd>${a.answer}</dd>`)}</dl>` : ''}
      </section>`;
  }

  aboutMe() {
    const t = this.t;
    return html`
      <section aria-labelledby="plan-about-heading">
        <h2 id="plan-about-heading">${t('plans.about.heading')}</h2>
        <p>${t('plans.about.intro')}</p>
        ${this.plan.aboutMe.map((f) => html`
          <form class="plan-about" @submit=${(e) => this.act(e, (v) => api(this.path(`/about-me/${f.field.toLowerCase().replaceAll('_', '-')}`),
            { method: 'PUT', body: { text: v.text, visibility: v.visibility, version: f.version } }), t('plans.about.saved'), false)}>
            <label for="about-${f.field}">${t(`plans.about.${f.field}`)}</label>
            <textarea id="about-${f.field}" name="text" rows="2" maxlength="2000" .value=${f.text ?? ''}></textarea>
            <label for="about-${f.field}-who">${t('plans.about.who')}</label>
            <select id="about-${f.field}-who" name="visibility">
              <option value="ONLY_ME" ?selected=${f.visibility !== 'MY_TEACHERS'}>${t('plans.about.ONLY_ME')}</option>
              <option value="MY_TEACHERS" ?selected=${f.visibility === 'MY_TEACHERS'}>${t('plans.about.MY_TEACHERS')}</option>
            </select>
            <button type="submit" class="secondary">${t('plans.about.save')}</button>
          </form>`)}
      </section>`;
  }

  conferences() {
    const t = this.t;
    const plan = this.plan;
    return html`
      <section aria-labelledby="plan-conferences-heading">
        <h2 id="plan-conferences-heading">${t('plans.conferences.heading')}</h2>
        ${plan.conferences.length === 0 ? html`<p>${t('plans.conferences.none')}</p>` : html`
          <ul class="plan-conferences">${plan.conferences.map((c) => html`<li>
            <p><strong>${formatDate(c.date, this.locale)} ${String(c.startsAt).slice(0, 5)}</strong> · ${t(`plans.conference.${c.status}`)}</p>
            ${c.notes ? html`<p>${t('plans.conference.notes')}: ${c.notes}</p>` : ''}
            ${c.agreedGoals.length ? html`<p>${t('plans.conference.agreed')}: ${c.agreedGoals.map((g) => g.text).join(' · ')}</p>` : ''}
          </li>`)}</ul>`}
      </section>`;
  }

  evidence() {
    const t = this.t;
    const plan = this.plan;
    if (!plan.standards.length) return '';
    const standardSelect = (id) => html`<label for=${id}>${t('plans.standard')}</label>
      <select id=${id} name="standardId">${plan.standards.map((s) => html`<option value=${s.standardId}>${s.code}</option>`)}</select>`;
    const levelSelect = (id) => html`<label for=${id}>${t('plans.evidence.level')}</label>
      <select id=${id} name="points">${plan.scale.map((l) => html`<option value=${l.points}>${l.label}</option>`)}</select>`;
    const body = (v) => ({ standardId: v.standardId, points: Number(v.points), note: v.note || null, artifact: v.artifact || null });
    return html`
      <section aria-labelledby="plan-evidence-heading">
        <h2 id="plan-evidence-heading">${t('plans.evidence.heading')}</h2>
        <form class="plan-evidence" @submit=${(e) => this.act(e, (v) => api(this.path('/self-assessments'), { method: 'POST', body: body(v) }),
          t('plans.evidence.selfSaved'))}>
          <h3>${t('plans.evidence.self')}</h3>
          ${standardSelect('self-standard')} ${levelSelect('self-level')}
          <label for="self-note">${t('plans.evidence.note')}</label>
          <input id="self-note" name="note" type="text" maxlength="2000">
          <button type="submit" class="secondary">${t('plans.evidence.selfSave')}</button>
        </form>
        <form class="plan-evidence" @submit=${(e) => this.act(e, (v) => api(this.path('/out-of-school-evidence'), { method: 'POST', body: body(v) }),
          t('plans.evidence.outsideSaved'))}>
          <h3>${t('plans.evidence.outside')}</h3>
          ${standardSelect('outside-standard')} ${levelSelect('outside-level')}
          <label for="outside-note">${t('plans.evidence.what')}</label>
          <input id="outside-note" name="note" type="text" maxlength="2000" required>
          <label for="outside-link">${t('plans.evidence.link')}</label>
          <input id="outside-link" name="artifact" type="url">
          <button type="submit" class="secondary">${t('plans.evidence.outsideSave')}</button>
        </form>
      </section>`;
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.plan) return html`<p role="status">${t('shell.loading')}</p>`;
    return html`
      <div class="plans">
        <p role="status" class="plan-message">${this.message}</p>
        ${this.failure ? html`<div class="notice error" role="alert" id="plan-failure" tabindex="-1"><p>${this.failure}</p></div>` : ''}
        ${this.unit()}
        ${this.targets()}
        ${this.goals()}
        ${this.reflection()}
        ${this.conferences()}
        ${this.aboutMe()}
        ${this.evidence()}
      </div>`;
  }
}

customElements.define('cairn-plan-view', CairnPlanView);
