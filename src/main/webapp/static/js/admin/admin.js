// The operator admin: registrations with their deployments, approval, policies, frame origins, manual
// registrations, copy-values for manual LMS setups, a district's mastery recompute with its progress, and tool key
// rotation. Every call goes to
// /api/v1/admin with the browser's HTTP Basic credentials for this page.
import { LitElement, html, css } from 'lit';
import { api } from '../api.js';
import { loadMessages } from '../i18n.js';

const STATUSES = { PENDING: 'admin.status.pending', ACTIVE: 'admin.status.active', DISABLED: 'admin.status.disabled' };

class CairnAdmin extends LitElement {
  static properties = {
    registrations: { state: true },
    keys: { state: true },
    setup: { state: true },
    recomputes: { state: true },
    message: { state: true },
    error: { state: true },
    t: { state: true },
  };

  static styles = css`
    :host { display: block; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border: 1px solid #cbd2d9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
    th { background: #f5f7fa; }
    button { font: inherit; min-height: 2.25rem; padding: .3rem .8rem; border-radius: .3rem; cursor: pointer;
      border: 1px solid #0b5cad; background: #0b5cad; color: #fff; margin: .1rem; }
    button.secondary { background: #fff; color: #0b5cad; }
    :focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
    label { display: block; margin-top: .5rem; font-weight: 600; }
    input, select, textarea { font: inherit; min-height: 2rem; width: 100%; max-width: 36rem; box-sizing: border-box; }
    dl.values dt { font-weight: 600; margin-top: .5rem; }
    dl.values dd { margin: 0; font-family: ui-monospace, monospace; word-break: break-all; }
    .notice { border-left: 4px solid #0b5cad; background: #f5f7fa; padding: .5rem 1rem; }
    .error { border-color: #a61b1b; }
    section { margin-top: 1.5rem; }
    h2 { font-size: 1.2rem; }
    .mastery { margin-top: .5rem; }
    .mastery .label { display: block; font-weight: 600; }
    .mastery progress { width: 100%; max-width: 20rem; }
    .recompute { margin: .25rem 0; }
    button:disabled { opacity: .6; cursor: default; }
  `;

  constructor() {
    super();
    this.registrations = [];
    this.keys = [];
    this.setup = null;
    this.recomputes = {};
    this.polling = new Set();
    this.message = '';
    this.error = '';
    this.t = (key) => key;
  }

  async connectedCallback() {
    super.connectedCallback();
    this.t = await loadMessages();
    await this.reload();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.polling.clear();
  }

  async reload() {
    try {
      [this.registrations, this.keys] = await Promise.all([api('/api/v1/admin/registrations'), api('/api/v1/admin/keys')]);
      await Promise.all(this.registrations.map((r) => this.loadRecompute(r.id)));
    } catch (e) {
      this.error = e.message;
    }
  }

  // The running or last recompute of a registration; none before the first (404).
  async loadRecompute(id) {
    try {
      const run = await api(`/api/v1/admin/registrations/${id}/mastery/recompute`);
      this.recomputes = { ...this.recomputes, [id]: run };
      if (run.status === 'RUNNING') this.follow(id);
    } catch (e) {
      if (e.status !== 404) throw e;
    }
  }

  async recompute(id) {
    this.error = '';
    this.message = '';
    try {
      const run = await api(`/api/v1/admin/registrations/${id}/mastery/recompute`, { method: 'POST' });
      this.recomputes = { ...this.recomputes, [id]: run };
      this.message = this.t('admin.recompute.started');
    } catch (e) {
      if (e.status !== 409) { this.error = e.message; return; }
      this.message = e.message; // one is already running: show it
    }
    this.follow(id);
  }

  // Polls a running recompute once a second while this page is open, until it ends.
  async follow(id) {
    if (this.polling.has(id)) return;
    this.polling.add(id);
    try {
      while (this.polling.has(id)) {
        await new Promise((resolve) => { setTimeout(resolve, 1000); });
        if (!this.polling.has(id)) return;
        const run = await api(`/api/v1/admin/registrations/${id}/mastery/recompute`);
        this.recomputes = { ...this.recomputes, [id]: run };
        if (run.status !== 'RUNNING') {
          this.message = this.t('admin.recompute.finished');
          return;
        }
      }
    } catch (e) {
      this.error = e.message;
    } finally {
      this.polling.delete(id);
    }
  }

  async act(path, options = { method: 'POST' }, done) {
    this.error = '';
    try {
      await api(path, options);
      this.message = done;
      await this.reload();
      if (this.setup) await this.showSetup(this.setup.registrationId);
    } catch (e) {
      this.error = e.message;
    }
  }

  async showSetup(id) {
    try {
      this.setup = await api(`/api/v1/admin/registrations/${id}/setup`);
      await this.updateComplete;
      this.renderRoot.querySelector('#setup-heading')?.focus();
    } catch (e) {
      this.error = e.message;
    }
  }

  addRegistration(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = Object.fromEntries([...form.entries()].filter(([, v]) => v !== ''));
    this.act('/api/v1/admin/registrations', { method: 'POST', body }, this.t('admin.added'))
      .then(() => { if (!this.error) event.target.reset(); });
  }

  addDeployment(event, id) {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { deploymentId: form.get('deploymentId') };
    if (form.get('label')) body.label = form.get('label');
    this.act(`/api/v1/admin/registrations/${id}/deployments`, { method: 'POST', body }, this.t('admin.deployment.added'));
  }

  saveOrigins(event, id) {
    event.preventDefault();
    const origins = new FormData(event.target).get('origins').split(/\s+/).filter(Boolean);
    this.act(`/api/v1/admin/registrations/${id}/frame-origins`, { method: 'PUT', body: { origins } }, this.t('admin.saved'));
  }

  render() {
    const t = this.t;
    return html`
      <div aria-live="polite">
        ${this.message ? html`<p class="notice">${this.message}</p>` : ''}
        ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : ''}
      </div>
      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">${t('admin.registrations')}</h2>
        ${this.registrations.length === 0 ? html`<p>${t('admin.registrations.empty')}</p>` : html`
        <table>
          <thead><tr>
            <th scope="col">${t('admin.col.name')}</th><th scope="col">${t('admin.col.issuer')}</th>
            <th scope="col">${t('admin.col.client')}</th><th scope="col">${t('admin.col.status')}</th>
            <th scope="col">${t('admin.col.deployments')}</th><th scope="col">${t('admin.col.actions')}</th>
          </tr></thead>
          <tbody>${this.registrations.map((r) => this.row(r))}</tbody>
        </table>`}
      </section>
      ${this.setup ? this.setupView() : ''}
      <section aria-labelledby="add-heading">
        <h2 id="add-heading">${t('admin.add')}</h2>
        <form @submit=${(e) => this.addRegistration(e)}>
          ${this.field('issuer', t('admin.field.issuer'), true)}
          ${this.field('clientId', t('admin.field.client'), true)}
          ${this.field('name', t('admin.field.name'), true)}
          <label for="f-platformFamily">${t('admin.field.family')}</label>
          <select id="f-platformFamily" name="platformFamily">
            ${['moodle', 'schoology', 'blackboard', 'canvas', 'd2l', 'other'].map((f) => html`<option value=${f}>${f}</option>`)}
          </select>
          ${this.field('authorizationEndpoint', t('admin.field.auth'), true)}
          ${this.field('tokenEndpoint', t('admin.field.token'), false)}
          ${this.field('tokenAudience', t('admin.field.audience'), false)}
          ${this.field('jwksUri', t('admin.field.jwks'), true)}
          <p><button type="submit">${t('admin.add.submit')}</button></p>
        </form>
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">${t('admin.keys')}</h2>
        <table>
          <thead><tr><th scope="col">kid</th><th scope="col">${t('admin.col.state')}</th><th scope="col">${t('admin.col.since')}</th></tr></thead>
          <tbody>${this.keys.map((k) => html`<tr><td><code>${k.kid}</code></td><td>${k.state}</td>
            <td>${k.signingSince || k.createdAt}</td></tr>`)}</tbody>
        </table>
        <p><button type="button" @click=${() => this.act('/api/v1/admin/keys/rotate', { method: 'POST' }, t('admin.keys.rotated'))}>
          ${t('admin.keys.rotate')}</button></p>
      </section>`;
  }

  field(name, label, required) {
    return html`<label for="f-${name}">${label}</label>
      <input id="f-${name}" name=${name} ?required=${required} autocomplete="off">`;
  }

  row(r) {
    const t = this.t;
    const base = `/api/v1/admin/registrations/${r.id}`;
    return html`<tr>
      <th scope="row">${r.name}<br><small>${r.platformFamily} · ${r.source}</small></th>
      <td>${r.issuer}</td>
      <td><code>${r.clientId}</code></td>
      <td>${t(STATUSES[r.status] || r.status)}</td>
      <td>
        ${r.deployments.length === 0 ? t('admin.deployments.none') : html`<ul>${r.deployments.map((d) =>
          html`<li><code>${d.deploymentId}</code> (${t(STATUSES[d.status] || d.status)})</li>`)}</ul>`}
        <form @submit=${(e) => this.addDeployment(e, r.id)}>
          <label for="d-${r.id}">${t('admin.deployment.id')}</label>
          <input id="d-${r.id}" name="deploymentId" required autocomplete="off">
          <button type="submit" class="secondary">${t('admin.deployment.add')}</button>
        </form>
      </td>
      <td>
        ${r.status === 'PENDING' ? html`<button type="button" @click=${() => this.act(`${base}/approve`, undefined, t('admin.approved'))}>${t('admin.approve')}</button>` : ''}
        ${r.status === 'DISABLED' ? html`<button type="button" @click=${() => this.act(`${base}/enable`, undefined, t('admin.enabled'))}>${t('admin.enable')}</button>` : ''}
        ${r.status !== 'DISABLED' ? html`<button type="button" class="secondary" @click=${() => this.act(`${base}/disable`, undefined, t('admin.disabled'))}>${t('admin.disable')}</button>` : ''}
        <button type="button" class="secondary" @click=${() => this.showSetup(r.id)}>${t('admin.copy-values')}</button>
        <label for="p-${r.id}">${t('admin.policy')}</label>
        <select id="p-${r.id}" @change=${(e) => this.act(`${base}/unknown-deployment-policy`, { method: 'PUT', body: { policy: e.target.value } }, t('admin.saved'))}>
          <option value="REFUSE" ?selected=${r.unknownDeploymentPolicy === 'REFUSE'}>${t('admin.policy.refuse')}</option>
          <option value="AUTO_CREATE" ?selected=${r.unknownDeploymentPolicy === 'AUTO_CREATE'}>${t('admin.policy.auto')}</option>
        </select>
        ${this.recomputeView(r.id)}
        <form @submit=${(e) => this.saveOrigins(e, r.id)}>
          <label for="o-${r.id}">${t('admin.frame-origins')}</label>
          <textarea id="o-${r.id}" name="origins" rows="2" .value=${r.frameOrigins.join('\n')}></textarea>
          <button type="submit" class="secondary">${t('admin.save')}</button>
        </form>
      </td>
    </tr>`;
  }

  recomputeView(id) {
    const t = this.t;
    const run = this.recomputes[id];
    const n = (value) => Number(value).toLocaleString(document.documentElement.lang || undefined);
    const when = (instant) => new Date(instant).toLocaleString(document.documentElement.lang || undefined);
    let state = '';
    if (run?.status === 'RUNNING') {
      state = html`<progress max=${Math.max(run.courses, 1)} value=${run.coursesDone}
          aria-label=${t('admin.recompute.progress')}></progress>
        <p class="recompute">${t('admin.recompute.running', n(run.coursesDone), n(run.courses), n(run.pairs), n(run.written))}</p>`;
    } else if (run?.status === 'DONE') {
      state = html`<p class="recompute">${t('admin.recompute.done', when(run.finishedAt), n(run.courses), n(run.pairs), n(run.written))}
        ${run.failedCourses.length ? t('admin.recompute.failed-courses', n(run.failedCourses.length)) : ''}</p>`;
    } else if (run?.status === 'FAILED') {
      state = html`<p class="recompute">${t('admin.recompute.stopped', when(run.finishedAt), run.message ?? '')}</p>`;
    }
    return html`<div class="mastery">
      <span class="label">${t('admin.mastery')}</span>
      <button type="button" class="secondary" ?disabled=${run?.status === 'RUNNING'}
        @click=${() => this.recompute(id)}>${t('admin.recompute')}</button>
      ${state}
    </div>`;
  }

  setupView() {
    const t = this.t;
    const s = this.setup;
    const item = (label, value) => html`<dt>${label}</dt><dd>${value}</dd>`;
    return html`<section aria-labelledby="setup-heading" class="setup">
      <h2 id="setup-heading" tabindex="-1">${t('admin.setup.title')}</h2>
      <p>${t('admin.setup.lead')}</p>
      <dl class="values">
        ${item(t('admin.setup.login'), s.loginUrl)}
        ${item(t('admin.setup.shared-login'), s.sharedLoginUrl)}
        ${item(t('admin.setup.redirect'), s.redirectUrl)}
        ${item(t('admin.setup.target'), s.targetLinkUri)}
        ${item(t('admin.setup.jwks'), s.jwksUrl)}
        ${item(t('admin.setup.domain'), s.domain)}
        ${item(t('admin.setup.canvas'), s.canvasJsonUrl)}
        ${item(t('admin.setup.dynamic'), s.dynamicRegistrationUrl)}
        ${item(t('admin.setup.issuer'), s.issuer)}
        ${item(t('admin.setup.client'), s.clientId)}
        ${item(t('admin.setup.deployments'), s.deploymentIds.join(', ') || t('admin.deployments.none'))}
      </dl>
      <button type="button" class="secondary" @click=${() => { this.setup = null; }}>${t('admin.setup.close')}</button>
    </section>`;
  }
}

customElements.define('cairn-admin', CairnAdmin);
