// The JSON API client: every call carries the bearer session token from the launch page (no cookies needed) and
// the page's language, in which the server phrases its problems; problem+json errors become Error objects whose
// message is the server's detail, or, for the problems that say the same thing on every page (an expired session,
// a simultaneous save, Cairn's own failure), that sentence from the page's bundle.
import { loadMessages } from './i18n.js';

function bootData() {
  const element = document.getElementById('cairn-boot');
  return element ? JSON.parse(element.textContent) : {};
}

export const boot = bootData();

export class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'Request failed');
    this.problem = problem;
    this.status = problem.status;
  }
}

// The bundle key of a problem phrased on the client, with its arguments; null keeps the server's detail. Only a
// 401 for the session's bearer token is an ended session (the operator admin's Basic sign-in is another matter).
function genericProblem(problem, bearerRefused) {
  if (problem.status === 401 && bearerRefused) return ['problem.unauthenticated'];
  if (problem.status === 409 && problem.reason === 'simultaneous-save') return ['problem.simultaneous-save'];
  if (problem.status === 500 && problem.incident) return ['problem.internal', problem.incident];
  return null;
}

async function localized(problem, bearerRefused) {
  const generic = genericProblem(problem, bearerRefused);
  if (!generic) return problem;
  try {
    const t = await loadMessages();
    const detail = t(...generic);
    return detail === generic[0] ? problem : { ...problem, detail };
  } catch {
    return problem; // the bundle could not be read: the server's English sentence still says it
  }
}

// The page's own language (the launch's locale), not the browser's: the server phrases its problems in it.
export function pageLanguage() {
  return document.documentElement.lang || 'en';
}

export async function api(path, { method = 'GET', body, token = boot.token } = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': pageLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return readAnswer(response);
}

// The answer's JSON (or text), or, for an error, the ApiError its problem becomes.
export async function readAnswer(response) {
  const type = response.headers.get('Content-Type') || '';
  const payload = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const bearerRefused = /^Bearer/i.test(response.headers.get('WWW-Authenticate') || '');
    throw new ApiError(await localized(typeof payload === 'object' ? payload
      : { status: response.status, detail: String(payload) }, bearerRefused));
  }
  return payload;
}

// Script errors go to the server log (POST /api/v1/client-errors); a failure to report is ignored.
window.addEventListener('error', (event) => {
  const report = { message: String(event.message || 'error').slice(0, 2000), page: location.pathname.slice(0, 500) };
  if (Number.isInteger(event.lineno)) report.line = event.lineno;
  if (Number.isInteger(event.colno)) report.column = event.colno;
  fetch('/api/v1/client-errors', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(report) })
    .catch(() => {});
});
