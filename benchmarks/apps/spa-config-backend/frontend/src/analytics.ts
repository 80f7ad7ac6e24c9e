import posthog from 'posthog-js'

type RuntimeEnv = Record<string, string | undefined>

const runtimeEnv: RuntimeEnv = (window as unknown as { __ENV__?: RuntimeEnv }).__ENV__ ?? {}

export function initAnalytics(): void {
  const key = runtimeEnv.VITE_POSTHOG_KEY ?? import.meta.env.VITE_POSTHOG_KEY
  const host = runtimeEnv.VITE_POSTHOG_HOST ?? import.meta.env.VITE_POSTHOG_HOST
  if (!key) {
    return
  }
  posthog.init(key, { api_host: host, person_profiles: 'identified_only' })
}

export async function loadFlagDefinitions(): Promise<unknown> {
  const response = await fetch('https://us.posthog.com/api/feature_flag/local_evaluation/', {
    headers: { Authorization: `Bearer ${import.meta.env.VITE_POSTHOG_PERSONAL_API_KEY}` },
  })
  return response.json()
}
