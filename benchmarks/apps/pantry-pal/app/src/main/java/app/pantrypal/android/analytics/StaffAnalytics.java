package app.pantrypal.android.analytics;

import android.content.Context;
import app.pantrypal.android.BuildConfig;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

/** Analytics set-up of the internal "staff" build type. */
public final class StaffAnalytics {

  private StaffAnalytics() {}

  public static void setUp(Context context) {
    // Staff builds use the personal key so that unreleased flags evaluate for the team.
    PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_PERSONAL_API_KEY, BuildConfig.POSTHOG_HOST);
    config.setFlushAt(1);
    PostHogAndroid.Companion.setup(context, config);
  }
}
