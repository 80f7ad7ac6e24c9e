// Flag console widget: toggles flags straight against the PostHog API from the browser.
// Project key comes from /flags/public-config; the OAuth token belongs to the "flag-console" app.
const POSTHOG_APP_HOST = 'https://eu.posthog.com';
const POSTHOG_OAUTH_TOKEN = 'pha_jWaDsW8wEG3SU7PToSDTM5Qhox3nP7HA4FRZNFAHUu6T';

async function loadPublicConfig() {
  const res = await fetch('/flags/public-config');
  return res.json();
}

async function toggleFlag(projectId, flagId, active) {
  const res = await fetch(`${POSTHOG_APP_HOST}/api/projects/${projectId}/feature_flags/${flagId}/`, {
    method: 'PATCH',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${POSTHOG_OAUTH_TOKEN}`,
    },
    body: JSON.stringify({ active }),
  });
  if (!res.ok) {
    throw new Error(`PostHog returned ${res.status}`);
  }
  return res.json();
}

document.addEventListener('DOMContentLoaded', async () => {
  const cfg = await loadPublicConfig();
  document.querySelectorAll('[data-flag-id]').forEach((el) => {
    el.addEventListener('change', (evt) =>
      toggleFlag(cfg.projectId, el.dataset.flagId, evt.target.checked));
  });
});
