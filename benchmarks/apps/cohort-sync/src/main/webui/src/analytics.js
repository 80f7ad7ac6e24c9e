import posthog from 'posthog-js';

export async function initAnalytics(distinctId) {
  const res = await fetch(`${import.meta.env.VITE_API_BASE}/storefront?distinctId=${encodeURIComponent(distinctId)}`);
  const config = await res.json();
  posthog.init(config.posthogKey || import.meta.env.VITE_POSTHOG_KEY, {
    api_host: import.meta.env.VITE_POSTHOG_HOST,
    bootstrap: { distinctID: distinctId, featureFlags: config.flags },
  });
  return config.flags;
}
