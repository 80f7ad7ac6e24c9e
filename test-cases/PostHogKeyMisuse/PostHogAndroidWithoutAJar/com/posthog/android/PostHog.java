package com.posthog.android;

import android.content.Context;

/** Stands in for posthog-android 2's client, which shipped as an Android AAR only. */
public class PostHog {
  /** Builds the client of an app. */
  public static class Builder {
    public Builder(Context context, String apiKey) {}

    public Builder(Context context, String apiKey, String host) {}

    public PostHog build() {
      return new PostHog();
    }
  }
}
