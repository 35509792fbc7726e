// The platform side of a launch page: the iframe that holds Cairn, sized by lti.frameResize, and LTI
// client-side postMessage storage (lti.capabilities, lti.put_data, lti.get_data) for the tool's OIDC state.
// Only messages from Cairn's origin and from the tool's own frame are answered.

const boot = JSON.parse(document.getElementById('cairn-boot')?.textContent || '{}');
const cairnOrigin = boot.cairnOrigin;
const frame = document.getElementById('sbx-tool-frame');
// Values are kept per origin, in this page only, as the spec's platform storage is.
const store = new Map();

const SUPPORTED = ['lti.capabilities', 'lti.put_data', 'lti.get_data', 'lti.frameResize'];

// How often the tool used platform storage, on the page for people and tests to see (no values, only counts).
function count(name) {
  const key = `ltiStorage${name}`;
  document.body.dataset[key] = String(Number(document.body.dataset[key] ?? 0) + 1);
}

function answer(event, message) {
  event.source.postMessage(message, event.origin);
}

window.addEventListener('message', (event) => {
  if (event.origin !== cairnOrigin) return;
  if (frame && event.source !== frame.contentWindow) return;
  const data = typeof event.data === 'string' ? safeParse(event.data) : event.data;
  if (!data || typeof data.subject !== 'string') return;
  const id = data.message_id;
  switch (data.subject) {
    case 'lti.capabilities':
      answer(event, {
        subject: 'lti.capabilities.response', message_id: id,
        supported_messages: SUPPORTED.map((subject) => ({ subject })),
      });
      break;
    case 'lti.put_data':
      if (typeof data.key !== 'string' || data.key === '') {
        answer(event, { subject: 'lti.put_data.response', message_id: id,
          error: { code: 'bad_request', message: 'key is required' } });
        break;
      }
      count('Puts');
      if (data.value === undefined || data.value === null) store.delete(event.origin + '\n' + data.key);
      else store.set(event.origin + '\n' + data.key, String(data.value));
      answer(event, { subject: 'lti.put_data.response', message_id: id, key: data.key, value: data.value });
      break;
    case 'lti.get_data':
      count('Gets');
      answer(event, { subject: 'lti.get_data.response', message_id: id, key: data.key,
        value: store.has(event.origin + '\n' + data.key) ? store.get(event.origin + '\n' + data.key) : null });
      break;
    case 'lti.frameResize': {
      const height = Number(data.height);
      if (frame && Number.isFinite(height) && height > 0) frame.style.height = Math.min(height, 20000) + 'px';
      break;
    }
    default:
      break;
  }
});

function safeParse(text) {
  try { return JSON.parse(text); } catch { return null; }
}
