/* Flag admin page: toggles partner flags through PostHog's REST API. */
const POSTHOG_API = 'https://eu.posthog.com/api/projects/71904';
const FLAGS_API_KEY = 'phx_iiC3w9dtKnn4RaSKldugWKDZMvACswtTB7VKnVkjRvx';

async function setFlagActive(flagId, active) {
  const res = await fetch(`${POSTHOG_API}/feature_flags/${flagId}/`, {
    method: 'PATCH',
    headers: { 'Authorization': `Bearer ${FLAGS_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ active })
  });
  if (!res.ok) {
    throw new Error(`PostHog answered ${res.status}`);
  }
  return res.json();
}
