// "Explain my level" and the evidence timeline of one student on one standard, shared by the teacher's drill-down
// and the student's progress view. Plain render functions (light DOM), so each view keeps its own state.
import { html } from 'lit';

export const SOURCES = ['ASSESSMENT', 'OBSERVATION', 'LMS_RESULT', 'SELF_ASSESSMENT', 'OUT_OF_SCHOOL'];

export function levelText(t, cell) {
  if (!cell || cell.label === undefined) return t('mastery.level.none');
  return cell.label;
}

export function methodName(t, method) {
  return t(`mastery.method.${method.kind}`);
}

export function formatDate(value, locale) {
  if (!value) return '';
  const date = value.length === 10 ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return date.toLocaleDateString(locale || undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

// correct(evidence, points, reason): when given (teachers), each counting piece gets a correction form.
export function renderTimeline(t, timeline, locale, correct = null, levels = []) {
  if (!timeline.evidence.length) return html`<p>${t('mastery.timeline.empty')}</p>`;
  return html`
    <div class="table-scroll" role="region" tabindex="0" aria-label=${t('mastery.timeline.title')}>
      <table class="mastery-timeline">
        <caption>${t('mastery.timeline.title')}</caption>
        <thead><tr>
          <th scope="col">${t('mastery.timeline.observed')}</th>
          <th scope="col">${t('mastery.timeline.level')}</th>
          <th scope="col">${t('mastery.timeline.source')}</th>
          <th scope="col">${t('mastery.timeline.status')}</th>
          <th scope="col">${t('mastery.timeline.note')}</th>
        </tr></thead>
        <tbody>${timeline.evidence.map((e) => html`<tr class=${e.status === 'RECORDED' ? '' : 'inactive'}>
          <td>${formatDate(e.observedOn, locale)}</td>
          <td>${e.levelLabel ?? e.points} <span class="muted">(${e.points})</span></td>
          <td>${t(`mastery.source.${e.source}`)}</td>
          <td>${t(`mastery.status.${e.status}`)}${e.statusReason ? html`<br><span class="muted">${e.statusReason}</span>` : ''}
            ${e.supersedes ? html`<br><span class="muted">${t('mastery.timeline.correction')}</span>` : ''}</td>
          <td>${e.note ?? ''}${e.authorName ? html`<br><span class="muted">${t('mastery.timeline.by', e.authorName)}</span>` : ''}
            ${e.artifact ? html`<br><a href=${e.artifact} target="_blank" rel="noopener noreferrer">${t('mastery.timeline.artifact')}</a>` : ''}
            ${correct && e.status === 'RECORDED' ? html`<details class="correct"><summary>${t('mastery.correct.open')}</summary>
              <form @submit=${(ev) => { ev.preventDefault(); correct(e, Number(ev.target.elements.points.value), ev.target.elements.reason.value); }}>
                <label>${t('mastery.timeline.level')} <select name="points">${levels.map((l) => html`<option value=${l.points}
                  ?selected=${l.points === e.points}>${l.label}</option>`)}</select></label>
                <label>${t('mastery.correct.reason')} <input name="reason" required maxlength="2000"></label>
                <button type="submit">${t('mastery.correct.save')}</button>
              </form></details>` : ''}</td>
        </tr>`)}</tbody>
      </table>
    </div>`;
}

export function renderExplanation(t, explanation) {
  const chosen = explanation.chosen;
  return html`
    <section class="mastery-explanation" aria-labelledby="explain-heading">
      <h3 id="explain-heading">${t('mastery.explain.title')}</h3>
      <p>${t('mastery.explain.method', methodName(t, chosen.method))}
        ${chosen.level ? t('mastery.explain.result', chosen.shownScore, chosen.level.label) : t('mastery.explain.noLevel')}</p>
      ${explanation.override ? html`<p class="notice">${t('mastery.explain.overridden', explanation.override.label,
        explanation.override.note)}</p>` : ''}
      <p class="muted">${t('mastery.explain.order')}</p>
      <h4>${t('mastery.explain.steps')}</h4>
      <ol class="steps">${chosen.steps.map((s) => html`<li>${s}</li>`)}</ol>
      ${chosen.excluded.length ? html`<h4>${t('mastery.explain.excluded')}</h4>
        <ul>${chosen.excluded.map((x) => html`<li>${x.evidence.points} (${x.evidence.observedOn}): ${x.reason}</li>`)}</ul>` : ''}
      <table class="other-methods">
        <caption>${t('mastery.explain.others')}</caption>
        <thead><tr><th scope="col">${t('mastery.explain.methodCol')}</th><th scope="col">${t('mastery.explain.scoreCol')}</th>
          <th scope="col">${t('mastery.explain.levelCol')}</th></tr></thead>
        <tbody>${explanation.alternatives.map((a) => html`<tr><th scope="row">${methodName(t, a.method)}</th>
          <td>${a.score === undefined ? '—' : a.shownScore}</td><td>${a.level ? a.level.label : t('mastery.level.none')}</td></tr>`)}</tbody>
      </table>
    </section>`;
}
