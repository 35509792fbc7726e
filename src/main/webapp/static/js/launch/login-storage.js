// Login initiation with lti_storage_target: keep this login's browser binding in the platform's storage
// (key "state-<state>"), then continue to the platform's authorization endpoint whatever the answer: the
// partitioned cookie may still work, and the launch refuses if neither can be verified.
import { putData } from './platform-storage.js';

const boot = JSON.parse(document.getElementById('cairn-boot').textContent);

async function run() {
  try {
    await putData(boot.storageTarget, boot.platformOrigin, `state-${boot.state}`, boot.binding);
  } finally {
    window.location.assign(boot.authUrl);
  }
}

run();
