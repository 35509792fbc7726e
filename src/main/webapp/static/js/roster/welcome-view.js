// The student's first view until the plan exists: a greeting and what to expect.
import { LitElement, html } from 'lit';

class CairnWelcomeView extends LitElement {
  createRenderRoot() {
    return this;
  }

  render() {
    const t = this.t;
    return html`
      <p>${t('roster.plan.greeting', this.session.courseTitle)}</p>
      <p class="notice">${t('roster.plan.empty')}</p>`;
  }
}

customElements.define('cairn-welcome-view', CairnWelcomeView);
