// Loaded by the admin SPA shell before /bootstrap answers, so page views are never lost.
import posthog from 'posthog-js';

const FALLBACK_PROJECT_KEY = 'phc_BvFrScSHsf8aFG5RzSzGy4oR7gUWRWo93GniYcC8EbN4';

export function initPostHog(bootstrap) {
  posthog.init(bootstrap?.posthogKey || FALLBACK_PROJECT_KEY, {
    api_host: bootstrap?.posthogHost || 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    bootstrap: { featureFlags: bootstrap?.featureFlags || {} },
  });
  return posthog;
}
