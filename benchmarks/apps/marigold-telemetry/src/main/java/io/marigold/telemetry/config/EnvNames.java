package io.marigold.telemetry.config;

public interface EnvNames {
  String PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
  String SECURE_API_KEY = "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY";
  String REQUEST_ID_HEADER = "X-Request-Id";
  String API_KEY_HEADER = "X-Marigold-Api-Key";
}
