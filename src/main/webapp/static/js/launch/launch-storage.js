// The launch came back without the state cookie: read the binding from the platform's storage and post the
// launch again with it (or say it was checked, so the server shows "open in a new window").
import { getData } from './platform-storage.js';

const boot = JSON.parse(document.getElementById('cairn-boot').textContent);

function post(fields) {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/lti/launch';
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
}

async function run() {
  const binding = await getData(boot.storageTarget, boot.platformOrigin, `state-${boot.state}`);
  const fields = { id_token: boot.idToken, state: boot.state, lti_storage_checked: '1' };
  if (binding) fields.lti_storage_binding = binding;
  post(fields);
}

run();
