package app.pantrypal.android;

import android.app.Application;
import android.util.Log;
import app.pantrypal.android.analytics.StaffAnalytics;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;
import timber.log.Timber;

public class PantryPalApp extends Application {

  private static final String TAG = "PantryPalApp";

  @Override
  public void onCreate() {
    super.onCreate();
    if (BuildConfig.DEBUG) {
      Timber.plant(new Timber.DebugTree());
    }

    if (BuildConfig.STAFF_BUILD) {
      StaffAnalytics.setUp(this);
      return;
    }
    PostHogAndroidConfig config = new PostHogAndroidConfig(BuildConfig.POSTHOG_API_KEY, BuildConfig.POSTHOG_HOST);
    config.setCaptureScreenViews(true);
    config.setDebug(true);
    PostHogAndroid.Companion.setup(this, config);
    Log.d(TAG, "PostHog initialised for " + BuildConfig.POSTHOG_HOST + " (project key " + BuildConfig.POSTHOG_API_KEY + ")");
  }
}
