// The student's "my plan" page: a greeting and, until the teacher sets standards, an empty state.
import { LitElement, html } from 'lit';
import { api, boot } from '../api.js';
import { loadMessages } from '../i18n.js';
import { followHeight } from '../lms.js';

class CairnMyPlan extends LitElement {
  static properties = {
    session: { state: true },
    error: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.error = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.replaceChildren();
    followHeight();
    try {
      this.t = await loadMessages(boot.locale);
      this.session = await api('/api/v1/session');
    } catch (e) {
      this.error = e.message;
    }
  }

  render() {
    const t = this.t;
    if (this.error) {
      return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    }
    if (!this.session) return html`<p role="status">${t('shell.loading')}</p>`;
    return html`
      <h1>${t('roster.plan.title')}</h1>
      <p>${t('roster.plan.greeting', this.session.courseTitle)}</p>
      <p class="notice">${t('roster.plan.empty')}</p>
    `;
  }
}

customElements.define('cairn-my-plan', CairnMyPlan);
