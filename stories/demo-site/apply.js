// The demo application's script, as an agency would write it: submit with JavaScript, then
// hand the application number (or the server's field errors) back to the form.
const steps = document.querySelector('qulay-form-steps');

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
    // The kit replaces the form with its confirmation: "Application sent" and the number.
    steps.complete({ reference: answer.number });
  } catch {
    // Offline or a server error: the kit says the application was not sent, keeps every
    // answer and lets the citizen try again (without this, Submit would stay on "Sending…").
    steps.fail();
  }
});
