package app;

import android.content.Context;
import com.posthog.android.PostHog;
import com.posthog.android.PostHogAndroidConfig;

/** posthog-android 3 and 2 take the project key first (after the context, in 2). */
public class AnalyticsSetup {
  static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");
  static final String PERSONAL_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");

  PostHogAndroidConfig config() {
    return new PostHogAndroidConfig(PERSONAL_KEY, "https://eu.i.posthog.com"); // Noncompliant
  }

  PostHogAndroidConfig rightConfig() {
    return new PostHogAndroidConfig(PROJECT_KEY);
  }

  PostHog legacyClient(Context context) {
    return new PostHog.Builder(context, PERSONAL_KEY).build(); // Noncompliant
  }

  PostHog rightLegacyClient(Context context) {
    return new PostHog.Builder(context, PROJECT_KEY, "https://eu.i.posthog.com").build();
  }
}
