package com.gullwing.insights.config;

/** Names shared by the modules that talk to PostHog. */
public final class PostHogKeys {

  public static final String PERSONAL_PREFIX = "phx_";
  public static final String PROJECT_PREFIX = "phc_";

  public static final String ENV_PERSONAL_API_KEY = "POSTHOG_PERSONAL_API_KEY";
  public static final String ENV_PROJECT_API_KEY = "POSTHOG_API_KEY";

  public static final String FLAGS_PATH = "/projects/{projectId}/feature_flags/";

  private PostHogKeys() {}
}
