// Installer dashboard: loads posthog-js with the public project token.
const FALLBACK_POSTHOG_KEY = 'phc_5tReucd427ivoL2678EYaZ8yLykGaKfNuyArAAXSQHRS';

async function boot() {
  const site = new URLSearchParams(location.search).get('site');
  const res = await fetch(site ? `/bootstrap/sites/${encodeURIComponent(site)}` : '/bootstrap');
  const cfg = await res.json();
  window.posthog.init(cfg.projectKey || FALLBACK_POSTHOG_KEY, {
    api_host: cfg.apiHost,
    bootstrap: { featureFlags: {} },
  });
  window.posthog.capture('dashboard_opened', { site });
}

document.addEventListener('DOMContentLoaded', boot);
