package com.posthog.android;

/** Stands in for posthog-android 3's config, which ships as an Android AAR only. */
public class PostHogAndroidConfig {
  public PostHogAndroidConfig(String apiKey) {}

  public PostHogAndroidConfig(String apiKey, String host) {}
}
