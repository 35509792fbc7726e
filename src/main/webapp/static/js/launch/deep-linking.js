// Deep Linking pages. The selection page: keep the teacher from sending nothing by mistake (said in the alert
// region, the form stays usable without script). The answer page: post the signed response to the LMS at once;
// its visible button does the same when scripts do not run.
import { boot } from '../api.js';
import { followHeight } from '../lms.js';

followHeight();

const answer = document.getElementById('dl-return');
if (answer) answer.submit();

const select = document.getElementById('dl-select');
if (select) {
  select.addEventListener('submit', (event) => {
    const action = event.submitter?.value;
    if (action === 'cancel') return;
    if (!select.querySelector('input[name="item"]:checked')) {
      event.preventDefault();
      const error = document.getElementById('dl-error');
      error.textContent = boot.noneChosen ?? '';
      select.querySelector('input[name="item"]')?.focus();
    }
  });
}
