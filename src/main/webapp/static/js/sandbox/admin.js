// The sandbox admin page: arm fault knobs and rotate the platform key through the admin JSON API.
const status = document.getElementById('sbx-admin-status');

async function send(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(text);
  return text;
}

document.getElementById('sbx-fault-form')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    await send('/sandbox/api/faults', {
      target: form.get('target'), kind: form.get('kind'), count: Number(form.get('count')),
    });
    window.location.reload();
  } catch (error) {
    status.textContent = String(error.message);
  }
});

document.getElementById('sbx-rotate')?.addEventListener('click', async () => {
  try {
    await send('/sandbox/api/keys/rotate');
    window.location.reload();
  } catch (error) {
    status.textContent = String(error.message);
  }
});
