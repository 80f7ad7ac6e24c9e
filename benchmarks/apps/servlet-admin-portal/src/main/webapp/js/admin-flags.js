// Flag editor for portal admins: lists and toggles PostHog feature flags from the browser.
const POSTHOG_API = 'https://eu.posthog.com/api';
const PROJECT_KEY = window.POSTHOG_PROJECT_KEY || 'phc_2ONPFftXLbUi4iRheP4bUowYuUe3FObG7mfh8MkVE4k';
const ADMIN_KEY = window.POSTHOG_PERSONAL_KEY || 'phx_pJpfOT3OUlsiTQfdAFaAfz6aX2CU5p8IrShVugzWpv6';

async function api(path, options = {}) {
  const res = await fetch(`${POSTHOG_API}${path}`, {
    ...options,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_KEY}` },
  });
  if (!res.ok) {
    throw new Error(`PostHog API ${res.status}`);
  }
  return res.json();
}

export async function listFlags(projectId) {
  const page = await api(`/projects/${projectId}/feature_flags/?limit=200`);
  return page.results;
}

export async function setFlagActive(projectId, flagId, active) {
  return api(`/projects/${projectId}/feature_flags/${flagId}/`, {
    method: 'PATCH',
    body: JSON.stringify({ active }),
  });
}

posthog.init(PROJECT_KEY, { api_host: 'https://eu.i.posthog.com' });
