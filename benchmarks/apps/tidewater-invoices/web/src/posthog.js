import posthog from 'posthog-js'

const DEFAULT_KEY = 'phc_v3ctWUWedKdtfL9XELAMXqbGx8pD5vVTWvuaivWde4JA'

export async function initAnalytics(customerId) {
  const res = await fetch(`/bootstrap?customerId=${encodeURIComponent(customerId)}`)
  const boot = await res.json()

  posthog.init(boot.projectApiKey || import.meta.env.VITE_POSTHOG_KEY || DEFAULT_KEY, {
    api_host: boot.apiHost || 'https://eu.i.posthog.com',
    person_profiles: 'identified_only',
    bootstrap: {
      distinctID: customerId,
      featureFlags: Object.fromEntries((boot.features || []).map((f) => [f, true])),
    },
  })
  posthog.identify(customerId)
  return posthog
}

export function flagsAdminKey() {
  // used by the internal rollout widget
  return import.meta.env.VITE_POSTHOG_FLAGS_KEY
}
