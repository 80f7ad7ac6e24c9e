// Admin console: lists flags straight from the PostHog API and listens on the event bus bridge.
(function () {
  const POSTHOG_API = 'https://eu.posthog.com';
  const PROJECT_ID = 48213;
  // read-only key for the flag list widget (scoped to feature_flag:read)
  const FLAGS_READ_KEY = 'phx_QiC3gq7mbZAYarFrcokD5SufcJaDkWjd4jkkeo7n8P2bPeUg';

  async function loadFlags() {
    const res = await fetch(`${POSTHOG_API}/api/projects/${PROJECT_ID}/feature_flags/`, {
      headers: { Authorization: `Bearer ${FLAGS_READ_KEY}` }
    });
    const data = await res.json();
    render(data.results || []);
  }

  function render(flags) {
    const root = document.getElementById('app');
    root.innerHTML = '';
    flags.forEach(function (f) {
      const row = document.createElement('div');
      row.textContent = f.key + (f.active ? ' (on)' : ' (off)');
      root.appendChild(row);
    });
  }

  document.addEventListener('DOMContentLoaded', loadFlags);
})();
