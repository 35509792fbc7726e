// LTI client-side postMessages (1EdTech "LTI Client Side postMessages" and "OIDC Login with LTI Client Side
// postMessages"): ask the platform what it supports, then store or read a value in its storage frame.
// Every call resolves (never rejects) within a short timeout; the caller decides what a missing answer means.

const TIMEOUT_MS = 1500;

function platformWindow() {
  if (window.parent && window.parent !== window) return window.parent;
  if (window.opener) return window.opener;
  return null;
}

// The frame that answers lti.put_data / lti.get_data: the named sibling frame, or the parent for "_parent".
function storageFrame(target) {
  const parent = platformWindow();
  if (!parent) return null;
  if (!target || target === '_parent') return parent;
  try {
    return parent.frames[target] || parent;
  } catch (e) {
    return parent;
  }
}

function randomId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function send(targetWindow, targetOrigin, message) {
  return new Promise((resolve) => {
    if (!targetWindow) {
      resolve(null);
      return;
    }
    const id = randomId();
    const timer = setTimeout(() => {
      window.removeEventListener('message', listener);
      resolve(null);
    }, TIMEOUT_MS);
    function listener(event) {
      const data = event.data;
      if (!data || typeof data !== 'object' || data.message_id !== id) return;
      if (targetOrigin !== '*' && event.origin !== targetOrigin) return;
      if (data.subject !== `${message.subject}.response`) return;
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(data);
    }
    window.addEventListener('message', listener);
    try {
      targetWindow.postMessage({ ...message, message_id: id }, targetOrigin);
    } catch (e) {
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(null);
    }
  });
}

// Whether the platform answers lti.capabilities and lists the subject.
export async function supports(subject, platformOrigin) {
  const answer = await send(platformWindow(), '*', { subject: 'lti.capabilities' });
  if (!answer || !Array.isArray(answer.supported_messages)) return false;
  return answer.supported_messages.some((m) => m && m.subject === subject);
}

export async function putData(target, platformOrigin, key, value) {
  if (!(await supports('lti.put_data', platformOrigin))) return false;
  const answer = await send(storageFrame(target), platformOrigin, { subject: 'lti.put_data', key, value });
  return Boolean(answer && !answer.error && answer.value === value);
}

export async function getData(target, platformOrigin, key) {
  if (!(await supports('lti.get_data', platformOrigin))) return null;
  const answer = await send(storageFrame(target), platformOrigin, { subject: 'lti.get_data', key });
  return answer && !answer.error && typeof answer.value === 'string' ? answer.value : null;
}
