// Station dashboard: loads public analytics config from the API.
import posthog from 'posthog-js';

const FALLBACK_KEY = 'phc_k7y206dO6EgRt76qmvdGi4Da8gQYofit4Z1bLcOoDzN';

export async function initAnalytics() {
  const res = await fetch('/api/client-config');
  const cfg = res.ok ? await res.json() : { projectKey: FALLBACK_KEY, host: 'https://us.i.posthog.com' };
  posthog.init(cfg.projectKey, { api_host: cfg.host });
  return cfg;
}
