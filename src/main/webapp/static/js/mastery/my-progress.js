// The student's "progress" view: their own profile, "explain my level" for any standard, and a form to add a
// self-assessment or out-of-school learning (which waits for a teacher to validate it).
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { announce } from '../lms.js';
import { renderExplanation, renderTimeline } from './explain-panel.js';
import './profile-view.js';

class CairnMyProgress extends LitElement {
  static properties = {
    profile: { state: true },
    explained: { state: true },
    status: { state: true },
    error: { state: true },
    formError: { state: true },
    version: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.profile = null;
    this.explained = null;
    this.status = '';
    this.error = null;
    this.formError = null;
    this.version = 0;
  }

  async connectedCallback() {
    super.connectedCallback();
    await this.load();
  }

  base() {
    return `/api/v1/courses/current/mastery/students/${this.session.personId}`;
  }

  async load() {
    try {
      this.profile = await api(`${this.base()}/profile`);
    } catch (e) {
      this.error = e.message;
    }
  }

  async explain(standardId) {
    if (!standardId) {
      this.explained = null;
      return;
    }
    try {
      const [explanation, timeline] = await Promise.all([
        api(`${this.base()}/standards/${standardId}/explanation`), api(`${this.base()}/standards/${standardId}/evidence`)]);
      this.explained = { standardId, explanation, timeline };
    } catch (e) {
      this.explained = { standardId, error: e.message };
    }
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const body = {
      standardId: form.elements.standard.value,
      points: Number(form.elements.points.value),
      source: form.elements.source.value,
      note: form.elements.note.value || undefined,
      artifact: form.elements.artifact.value || undefined,
    };
    if (form.elements.observedOn.value) body.observedOn = form.elements.observedOn.value;
    try {
      const saved = await api('/api/v1/courses/current/mastery/evidence', { method: 'POST', body });
      this.formError = null;
      form.reset();
      this.status = this.t(saved.evidence.status === 'PENDING_VALIDATION' ? 'mastery.self.pending' : 'mastery.self.saved');
      announce(this.status);
      this.version += 1;
      await this.load();
      if (this.explained?.standardId === body.standardId) await this.explain(body.standardId);
    } catch (e) {
      this.formError = e.message;
    }
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.profile) return html`<p role="status">${t('shell.loading')}</p>`;
    const standards = this.profile.standards;
    return html`
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
      ${standards.length === 0 ? html`<p class="notice">${t('mastery.progress.noStandards')}</p>` : html`
      <cairn-profile-view .t=${t} .session=${this.session} .studentId=${this.session.personId}
                .version=${this.version}></cairn-profile-view>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">${t('mastery.progress.why')}</h2>
        <label>${t('mastery.progress.chooseStandard')}
          <select @change=${(e) => this.explain(e.target.value)}>
            <option value="">—</option>
            ${standards.map((s) => html`<option value=${s.standard.standardId}>${s.standard.code ?? ''} ${s.standard.statement}</option>`)}
          </select></label>
        ${this.explained?.error ? html`<p class="notice error" role="alert">${this.explained.error}</p>` : ''}
        ${this.explained?.explanation ? html`${renderExplanation(t, this.explained.explanation)}
          ${renderTimeline(t, this.explained.timeline, this.session?.locale)}` : ''}
      </section>
      <form class="self-assessment" @submit=${(e) => this.submit(e)} aria-labelledby="self-heading">
        <h2 id="self-heading">${t('mastery.self.title')}</h2>
        <p class="muted">${t('mastery.self.help')}</p>
        ${this.formError ? html`<p class="notice error" role="alert">${this.formError}</p>` : ''}
        <label>${t('mastery.self.standard')}
          <select name="standard" required>
            ${standards.map((s) => html`<option value=${s.standard.standardId}>${s.standard.code ?? ''} ${s.standard.statement}</option>`)}
          </select></label>
        <label>${t('mastery.self.level')}
          <select name="points" required>
            ${this.profile.levels.map((l) => html`<option value=${l.points}>${l.label}</option>`)}
          </select></label>
        <fieldset>
          <legend>${t('mastery.self.kind')}</legend>
          <label><input type="radio" name="source" value="SELF_ASSESSMENT" checked> ${t('mastery.source.SELF_ASSESSMENT')}</label>
          <label><input type="radio" name="source" value="OUT_OF_SCHOOL"> ${t('mastery.source.OUT_OF_SCHOOL')}</label>
        </fieldset>
        <label>${t('mastery.self.date')} <input type="date" name="observedOn"></label>
        <label>${t('mastery.self.note')} <textarea name="note" rows="2" maxlength="2000"></textarea></label>
        <label>${t('mastery.self.artifact')} <input type="url" name="artifact" maxlength="2048" placeholder="https://"></label>
        <button type="submit">${t('mastery.self.save')}</button>
      </form>`}`;
  }
}

customElements.define('cairn-my-progress', CairnMyProgress);
