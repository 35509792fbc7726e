// The sandbox's form_post answers (id_token to the tool, Deep Linking): submit at once, as an LMS does.
const form = document.getElementById('sandbox-autopost');
if (form) form.submit();
