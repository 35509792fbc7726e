// The teacher's course page: the course title, the people enrolled so far, and what comes next.
import { LitElement, html } from 'lit';
import { api, boot } from '../api.js';
import { loadMessages } from '../i18n.js';
import { followHeight, announce } from '../lms.js';

class CairnCoursePage extends LitElement {
  static properties = {
    session: { state: true },
    people: { state: true },
    error: { state: true },
  };

  // Light DOM: the page's stylesheet and landmarks apply, and the server-rendered heading is replaced.
  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.people = null;
    this.error = null;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.replaceChildren();
    followHeight();
    try {
      this.t = await loadMessages(boot.locale);
      const [session, people] = await Promise.all([api('/api/v1/session'), api('/api/v1/courses/current/people')]);
      this.session = session;
      this.people = people;
      announce(session.courseTitle);
    } catch (e) {
      this.error = e.message;
    }
  }

  roleName(role) {
    return this.t(`roster.role.${String(role).toLowerCase()}`);
  }

  render() {
    const t = this.t;
    if (this.error) {
      return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    }
    if (!this.session || !this.people) {
      return html`<p role="status">${t('shell.loading')}</p>`;
    }
    const others = this.people.filter((p) => p.personId !== this.session.personId);
    return html`
      <h1>${this.session.courseTitle}</h1>
      <p class="notice">${t('roster.course.next')}</p>
      <h2 id="people-heading">${t('roster.course.people')}</h2>
      <div class="table-scroll" role="region" aria-labelledby="people-heading" tabindex="0">
        <table class="roster">
          <caption class="visually-hidden">${t('roster.course.peopleCaption')}</caption>
          <thead><tr><th scope="col">${t('roster.course.name')}</th><th scope="col">${t('roster.course.role')}</th></tr></thead>
          <tbody>
            ${this.people.map((p) => html`<tr>
              <th scope="row">${p.name ?? html`<span class="muted">${t('roster.course.noName')}</span> <code>${p.sub}</code>`}</th>
              <td>${this.roleName(p.role)}</td></tr>`)}
          </tbody>
        </table>
      </div>
      ${others.length === 0 ? html`<p>${t('roster.course.empty')}</p>` : ''}
    `;
  }
}

customElements.define('cairn-course-page', CairnCoursePage);
