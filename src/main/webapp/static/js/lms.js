// Talking to the LMS around Cairn's iframe. Canvas listens for these messages; other LMSs ignore them.
// Never assume window.top is Cairn: the parent when framed, the opener in a new window.

function host() {
  if (window.parent && window.parent !== window) return window.parent;
  if (window.opener) return window.opener;
  return null;
}

export function postToLms(message) {
  const target = host();
  if (target) target.postMessage(message, '*');
}

// Keep the iframe as tall as the content so there is never a double scrollbar.
export function followHeight() {
  if (!host() || typeof ResizeObserver === 'undefined') return;
  // Once the frame is as tall as the page, "vh" inside it means the page's own height, so a scroll box sized in vh
  // (the heatmap's) grows with its content and its sticky headers scroll away with the LMS page. The LMS window is
  // no taller than the screen: such boxes also stay within part of it (mastery.css takes the smaller). A frame of
  // fixed height (Moodle) keeps its own vh, which is then the smaller.
  document.documentElement.style.setProperty('--cairn-scroll-box', `${Math.round(screen.availHeight * 0.6)}px`);
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      postToLms({ subject: 'lti.frameResize', height });
    }
  });
  observer.observe(document.body);
}

export function announce(text) {
  postToLms({ subject: 'lti.screenReaderAlert', body: text });
}
