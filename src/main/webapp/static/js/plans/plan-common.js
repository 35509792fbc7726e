// Shared bits of the plans views: formatting dates, goals and levels in the reader's language.
import { html } from 'lit';

export const API = '/api/v1/courses/current';
export const HABITS = ['GOAL_SETTING', 'MONITORING_PROGRESS', 'PERSISTENCE'];
export const ABOUT_ME = ['INTERESTS', 'STRENGTHS', 'HOW_I_LEARN_BEST', 'WHAT_TEACHERS_SHOULD_KNOW', 'FAMILY'];

export function formatDate(iso, locale) {
  if (!iso) return '';
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale || undefined, { timeZone: 'UTC', dateStyle: 'medium' });
}

export function formatInstant(iso, locale) {
  return iso ? new Date(iso).toLocaleString(locale || undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

export function codeOf(standards, id) {
  return (standards ?? []).find((s) => s.standardId === id)?.code ?? '';
}

// "20 minutes, 4 times per week" or "reach level 3 on 6.RP.3"
export function targetText(t, goal, standards) {
  const target = goal.target;
  if (target.kind === 'REACH_LEVEL') return t('plans.goal.reachLevel', target.levelPoints, codeOf(standards, target.standardId));
  return t('plans.goal.countPer', target.quantity, target.unit, target.times, t(`plans.per.${target.per}`));
}

export function servesText(t, goal, standards) {
  return goal.habit ? t(`plans.habit.${goal.habit}`) : codeOf(standards, goal.standardId);
}

export function levelText(t, level) {
  return level && level.label ? level.label : t('plans.level.none');
}

export function statusBadge(t, goal) {
  return html`<span class="plan-status status-${goal.status.toLowerCase()}">${t(`plans.status.${goal.status}`)}</span>
    ${goal.pastDue ? html`<span class="plan-status status-late">${t('plans.goal.pastDue')}</span>` : ''}`;
}

// Reads a form into an object of trimmed strings.
export function formValues(form) {
  const values = {};
  for (const [key, value] of new FormData(form).entries()) values[key] = typeof value === 'string' ? value.trim() : value;
  return values;
}

// The goal as the API wants it, from the goal form's fields.
export function goalBody(values) {
  const body = { text: values.text, targetDate: values.targetDate || null };
  if (values.serves?.startsWith('habit:')) body.habit = values.serves.slice(6);
  else if (values.serves) body.standardId = values.serves.slice(9);
  if (values.kind === 'REACH_LEVEL') {
    body.target = { kind: 'REACH_LEVEL', standardId: values.levelStandard || body.standardId || null,
      levelPoints: values.levelPoints ? Number(values.levelPoints) : null };
  } else {
    body.target = { kind: 'COUNT_PER', quantity: values.quantity ? Number(values.quantity) : null, unit: values.unit,
      times: values.times ? Number(values.times) : null, per: values.per || 'WEEK' };
  }
  return body;
}

// The goal form: text, what it serves, a measurable target and a date inside the period.
export function goalFields(t, prefix, plan) {
  const period = plan.period;
  const standards = plan.standards ?? [];
  return html`
    <div class="field">
      <label for="${prefix}-text">${t('plans.goal.text')}</label>
      <textarea id="${prefix}-text" name="text" rows="2" maxlength="500" required
        aria-describedby="${prefix}-text-hint"></textarea>
      <p class="hint" id="${prefix}-text-hint">${t('plans.goal.textHint')}</p>
    </div>
    <div class="field">
      <label for="${prefix}-serves">${t('plans.goal.serves')}</label>
      <select id="${prefix}-serves" name="serves">
        ${HABITS.map((h) => html`<option value="habit:${h}">${t(`plans.habit.${h}`)}</option>`)}
        ${standards.map((s) => html`<option value="standard:${s.standardId}">${s.code}</option>`)}
      </select>
    </div>
    <fieldset>
      <legend>${t('plans.goal.target')}</legend>
      <div class="inline">
        <input type="radio" id="${prefix}-kind-count" name="kind" value="COUNT_PER" checked>
        <label for="${prefix}-kind-count">${t('plans.goal.kindCount')}</label>
        ${standards.length ? html`
          <input type="radio" id="${prefix}-kind-level" name="kind" value="REACH_LEVEL">
          <label for="${prefix}-kind-level">${t('plans.goal.kindLevel')}</label>` : ''}
      </div>
      <div class="inline">
        <label for="${prefix}-quantity">${t('plans.goal.quantity')}</label>
        <input id="${prefix}-quantity" name="quantity" type="number" min="1" value="20" size="4">
        <label for="${prefix}-unit">${t('plans.goal.unit')}</label>
        <input id="${prefix}-unit" name="unit" type="text" maxlength="40" value="${t('plans.goal.unitDefault')}" size="10">
        <label for="${prefix}-times">${t('plans.goal.times')}</label>
        <input id="${prefix}-times" name="times" type="number" min="1" value="4" size="3">
        <label for="${prefix}-per">${t('plans.goal.per')}</label>
        <select id="${prefix}-per" name="per">
          ${['DAY', 'WEEK', 'PERIOD'].map((p) => html`<option value=${p} ?selected=${p === 'WEEK'}>${t(`plans.per.${p}`)}</option>`)}
        </select>
      </div>
      ${standards.length ? html`
        <div class="inline">
          <label for="${prefix}-level-standard">${t('plans.goal.levelStandard')}</label>
          <select id="${prefix}-level-standard" name="levelStandard">
            ${standards.map((s) => html`<option value=${s.standardId}>${s.code}</option>`)}
          </select>
          <label for="${prefix}-level-points">${t('plans.goal.levelPoints')}</label>
          <select id="${prefix}-level-points" name="levelPoints">
            ${(plan.scale ?? []).map((l) => html`<option value=${l.points} ?selected=${l.mastery}>${l.label}</option>`)}
          </select>
        </div>` : ''}
    </fieldset>
    <div class="field">
      <label for="${prefix}-date">${t('plans.goal.date')}</label>
      <input id="${prefix}-date" name="targetDate" type="date" required
        min=${period?.startsOn ?? ''} max=${period?.endsOn ?? ''} aria-describedby="${prefix}-date-hint">
      ${period ? html`<p class="hint" id="${prefix}-date-hint">${t('plans.goal.dateHint', period.name, period.startsOn, period.endsOn)}</p>`
        : html`<p class="hint" id="${prefix}-date-hint">${t('plans.goal.dateHintNoPeriod')}</p>`}
    </div>`;
}
