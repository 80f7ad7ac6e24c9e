import posthog from 'posthog-js';
import { FeatureFlagEndpoint } from 'Frontend/generated/endpoints';

let started = false;

export async function startAnalytics(): Promise<void> {
  if (started) {
    return;
  }
  const config = await FeatureFlagEndpoint.clientConfig();
  posthog.init(config.projectApiKey, {
    api_host: config.apiHost,
    disable_session_recording: !config.sessionRecording,
    bootstrap: { distinctID: config.distinctId },
  });
  started = true;
}

export async function isFlagOn(flagKey: string): Promise<boolean> {
  return FeatureFlagEndpoint.isEnabled(flagKey);
}
