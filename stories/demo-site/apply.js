// The demo application's script, as an agency would write it: submit with JavaScript, show
// the application number, or hand the server's field errors back to the form.
const steps = document.querySelector('qulay-form-steps');
const result = document.querySelector('#application-result');

steps?.addEventListener('qulay-submit', async (event) => {
  event.preventDefault();
  const body = Object.fromEntries(event.detail.formData);
  try {
    const response = await fetch('/api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (response.status === 422) return steps.setErrors(answer.errors);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    steps.complete();
    steps.hidden = true;
    result.textContent = `${answer.message} ${answer.number}`;
    result.hidden = false;
    result.focus();
  } catch {
    steps.setErrors({});
  }
});
