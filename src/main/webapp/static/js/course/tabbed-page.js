// The frame of the teacher's and the student's page: the course title, a row of views reachable by link and by
// keyboard, and the chosen view. Each feature brings its own view module; the page only knows their names.
// The chosen view lives in the URL fragment (#class, #plans...), so the browser's back button and a reload
// keep it, and no cookie is involved inside the LMS iframe.
import { LitElement, html } from 'lit';
import { api, boot } from '../api.js';
import { loadMessages } from '../i18n.js';
import { followHeight, announce } from '../lms.js';

// A view: { id, label (message key), module (URL), element (custom element name) }.
export class TabbedPage extends LitElement {
  static properties = {
    session: { state: true },
    current: { state: true },
    error: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor(views) {
    super();
    this.views = views;
    this.t = (key) => key;
    this.session = null;
    this.current = null;
    this.error = null;
    this.onHash = () => this.show(this.viewFromHash());
  }

  // Without a fragment, the view the launch asked for (a Deep Linking link's cairn_view custom parameter).
  viewFromHash() {
    const id = decodeURIComponent(location.hash.replace(/^#/, '').split('/')[0]) || boot.view;
    return this.views.find((v) => v.id === id) ?? this.views[0];
  }

  async connectedCallback() {
    super.connectedCallback();
    this.replaceChildren();
    followHeight();
    window.addEventListener('hashchange', this.onHash);
    try {
      this.t = await loadMessages(boot.locale);
      this.session = await api('/api/v1/session');
      announce(this.session.courseTitle);
      await this.show(this.viewFromHash());
    } catch (e) {
      this.error = e.message;
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  async show(view) {
    try {
      await import(view.module);
      this.current = view;
    } catch (e) {
      this.error = e.message;
    }
  }

  // The view element is created once per visit and handed the session and the translator.
  viewElement(view) {
    const element = document.createElement(view.element);
    element.session = this.session;
    element.t = this.t;
    return element;
  }

  heading() {
    return this.session.courseTitle;
  }

  render() {
    const t = this.t;
    if (this.error) {
      return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    }
    if (!this.session || !this.current) {
      return html`<p role="status">${t('shell.loading')}</p>`;
    }
    return html`
      <h1>${this.heading()}</h1>
      ${this.views.length > 1 ? html`
        <nav class="views" aria-label=${t('shell.views')}>
          <ul>${this.views.map((v) => html`<li><a href="#${v.id}"
              aria-current=${v === this.current ? 'page' : 'false'}>${t(v.label)}</a></li>`)}</ul>
        </nav>` : ''}
      <div class="view" id="view-${this.current.id}">${this.viewElement(this.current)}</div>`;
  }
}
