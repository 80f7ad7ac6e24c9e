import { initAnalytics, loadFlagDefinitions } from './analytics'

async function bootstrap(): Promise<void> {
  const config = await fetch('/api/config').then((r) => r.json())
  initAnalytics()
  const flags = await loadFlagDefinitions()
  const app = document.querySelector<HTMLDivElement>('#app')
  if (app) {
    app.dataset.profiles = (config.profiles ?? []).join(',')
    app.dataset.flags = String(Array.isArray((flags as { flags?: unknown[] }).flags))
  }
}

bootstrap()
