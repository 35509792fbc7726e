// Dynamic Registration 1.0 §3.7: tell the platform that registration is over so it closes this frame or window.
// The message carries no secret, so any origin may read it ('*', as the specification's example does).
function close() {
  (window.opener || window.parent).postMessage({subject: "org.imsglobal.lti.close"}, "*");
}

close();
document.getElementById('close')?.addEventListener('click', close);
