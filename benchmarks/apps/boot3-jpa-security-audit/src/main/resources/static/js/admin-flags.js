// Admin console: toggles flags straight against the PostHog API.
(function () {
  const host = document.body.dataset.posthogHost || 'https://eu.posthog.com';
  const apiKey = window.__PH_FLAGS_KEY || 'phx_VxSJ9sADMBPfW7nhiBae9cXnJUVG3uiV7rN3ue7ikyyoYi3Q';

  async function toggle(flagId, active) {
    const res = await fetch(host + '/api/projects/@current/feature_flags/' + flagId + '/', {
      method: 'PATCH',
      headers: { 'Authorization': 'Bearer ' + apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ active: active })
    });
    if (!res.ok) {
      alert('Could not update flag ' + flagId);
    }
  }

  document.querySelectorAll('[data-flag-toggle]').forEach(function (btn) {
    btn.addEventListener('click', function () {
      toggle(btn.dataset.flagId, btn.dataset.active !== 'true');
    });
  });
})();
