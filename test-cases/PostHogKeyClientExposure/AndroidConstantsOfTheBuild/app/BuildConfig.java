/**
 * Automatically generated file. DO NOT MODIFY
 */
package app;

/** What Android's build generates from build.gradle's buildConfigField lines (javac compiles it). */
public final class BuildConfig {
  public static final boolean DEBUG = false;
  public static final String POSTHOG_HOST = "https://eu.i.posthog.com";
  public static final String POSTHOG_PROJECT_API_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");
  public static final String POSTHOG_FEATURE_FLAGS_SECURE_API_KEY = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  public static final String POSTHOG_PERSONAL_API_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");
}
