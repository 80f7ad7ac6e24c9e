package org.junipercrm.portal.config;

/** Environment variable and property names of the PostHog integration. */
public interface PostHogEnv {

  String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";
  String PROJECT_KEY_PROPERTY = "posthog.project-api-key";
  String PERSONAL_KEY_PROPERTY = "posthog.personal-api-key";
  String DISTINCT_ID_COOKIE = "ph_distinct_id";

  default String describe() {
    return "PostHog personal key is read from $" + PERSONAL_KEY_ENV;
  }
}
