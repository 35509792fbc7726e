// A student's profile: the jagged profile (a bar per standard, coloured and labelled by level) and a trend line
// per standard, each chart with a table beside it for screen readers and print. Used by the teacher (from the
// class view) and by the student (their progress view).
import { LitElement, html } from 'lit';
import { Chart, registerables } from 'chart.js';
import { api } from '../api.js';
import { formatDate, methodName } from './explain-panel.js';

Chart.register(...registerables);

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

class CairnProfileView extends LitElement {
  static properties = {
    studentId: {},
    version: {},
    profile: { state: true },
    error: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.t = (key) => key;
    this.session = null;
    this.studentId = null;
    this.profile = null;
    this.error = null;
    this.charts = [];
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.destroyCharts();
  }

  destroyCharts() {
    this.charts.forEach((c) => c.destroy());
    this.charts = [];
  }

  async willUpdate(changed) {
    if ((changed.has('studentId') || changed.has('version')) && this.studentId) {
      if (changed.has('studentId')) this.profile = null;
      try {
        this.profile = await api(`/api/v1/courses/current/mastery/students/${this.studentId}/profile`);
      } catch (e) {
        this.error = e.message;
      }
    }
  }

  updated() {
    if (!this.profile) return;
    this.destroyCharts();
    const levels = this.profile.levels;
    // One step below the lowest level, so a bar at the lowest level is visible (its label still says which).
    const max = levels[levels.length - 1].points;
    const min = levels[0].points - (max - levels[0].points) / Math.max(1, levels.length - 1);
    const tick = (value) => levels.find((l) => l.points === value)?.label ?? '';
    const animation = reducedMotion() ? false : undefined;
    const standings = this.profile.standards;
    const bars = this.querySelector('#profile-bars');
    if (bars) {
      this.charts.push(new Chart(bars, {
        type: 'bar',
        data: {
          labels: standings.map((s) => s.standard.code ?? s.standard.statement),
          datasets: [{
            label: this.t('mastery.profile.level'),
            data: standings.map((s) => s.current.points ?? null),
            backgroundColor: standings.map((s) => s.current.colour ?? '#e4e7eb'),
            borderColor: '#1f2933',
            borderWidth: 1,
          }],
        },
        options: {
          animation,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { display: false } },
          scales: { y: { min, max, ticks: { stepSize: 1, callback: tick, color: '#1f2933' } }, x: { ticks: { color: '#1f2933' } } },
        },
      }));
    }
    this.querySelectorAll('canvas[data-trend]').forEach((canvas) => {
      const standing = standings[Number(canvas.dataset.trend)];
      this.charts.push(new Chart(canvas, {
        type: 'line',
        data: {
          labels: standing.trend.map((p) => formatDate(p.observedOn, this.session?.locale)),
          datasets: [
            { label: this.t('mastery.profile.evidence'), data: standing.trend.map((p) => p.points), borderColor: '#52606d',
              backgroundColor: '#52606d', showLine: false, pointStyle: 'rect' },
            { label: this.t('mastery.profile.score'), data: standing.trend.map((p) => p.score ?? null), borderColor: '#0b5cad',
              backgroundColor: '#0b5cad', tension: 0 },
          ],
        },
        options: {
          animation,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { labels: { color: '#1f2933' } } },
          scales: { y: { min, max, ticks: { stepSize: 1, callback: tick, color: '#1f2933' } }, x: { ticks: { color: '#1f2933' } } },
        },
      }));
    });
  }

  render() {
    const t = this.t;
    if (this.error) return html`<div class="notice error" role="alert"><p>${t('shell.error', this.error)}</p></div>`;
    if (!this.profile) return html`<p role="status">${t('shell.loading')}</p>`;
    const p = this.profile;
    const name = p.name ?? t('mastery.student.unnamed');
    const withTrend = p.standards.map((s, i) => ({ s, i })).filter(({ s }) => s.trend.length > 0);
    return html`
      <article class="mastery-profile">
        <h2 id="profile-heading">${t('mastery.profile.title', name)}</h2>
        <button type="button" class="secondary" @click=${() => window.print()}>${t('mastery.print')}</button>
        ${p.standards.length === 0 ? html`<p class="notice">${t('mastery.empty.standards')}</p>` : html`
        <section aria-labelledby="jagged-heading">
          <h3 id="jagged-heading">${t('mastery.profile.jagged')}</h3>
          <div class="chart-box">
            <canvas id="profile-bars" role="img" aria-label=${t('mastery.profile.chartLabel', name)}></canvas>
          </div>
          <table class="profile-table">
            <caption>${t('mastery.profile.tableCaption', name)}</caption>
            <thead><tr><th scope="col">${t('mastery.profile.standard')}</th><th scope="col">${t('mastery.profile.unit')}</th>
              <th scope="col">${t('mastery.profile.level')}</th><th scope="col">${t('mastery.profile.evidenceCount')}</th>
              <th scope="col">${t('mastery.profile.method')}</th></tr></thead>
            <tbody>${p.standards.map((s) => html`<tr>
              <th scope="row"><span class="code">${s.standard.code ?? ''}</span> ${s.standard.statement}</th>
              <td>${s.standard.unitName ?? ''}</td>
              <td class="level" style=${s.current.colour ? `background:${s.current.colour}` : ''}>${s.current.label ?? '—'}
                ${s.current.overridden ? html` <span>(${t('mastery.legend.overridden')})</span>` : ''}</td>
              <td>${s.current.evidenceCount}</td>
              <td>${methodName(t, { kind: s.method })}</td></tr>`)}</tbody>
          </table>
        </section>
        <section aria-labelledby="trend-heading">
          <h3 id="trend-heading">${t('mastery.profile.trends')}</h3>
          ${withTrend.length === 0 ? html`<p>${t('mastery.profile.noTrend')}</p>` : ''}
          <div class="trends">
            ${withTrend.map(({ s, i }) => html`<figure class="trend">
              <figcaption>${s.standard.code ?? ''} ${s.standard.statement}</figcaption>
              <div class="chart-box small"><canvas data-trend=${i} role="img"
                aria-label=${t('mastery.profile.trendLabel', s.standard.code ?? s.standard.statement)}></canvas></div>
              <table class="trend-table">
                <caption class="visually-hidden">${t('mastery.profile.trendCaption', s.standard.code ?? s.standard.statement)}</caption>
                <thead><tr><th scope="col">${t('mastery.timeline.observed')}</th><th scope="col">${t('mastery.profile.evidence')}</th>
                  <th scope="col">${t('mastery.profile.score')}</th></tr></thead>
                <tbody>${s.trend.map((point) => html`<tr><td>${formatDate(point.observedOn, this.session?.locale)}</td>
                  <td>${point.points}</td><td>${point.score === undefined ? '—' : point.score.toFixed(2)}</td></tr>`)}</tbody>
              </table>
            </figure>`)}
          </div>
        </section>`}
      </article>`;
  }
}

customElements.define('cairn-profile-view', CairnProfileView);
