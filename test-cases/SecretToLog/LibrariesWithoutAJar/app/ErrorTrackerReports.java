package app;

import com.bugsnag.Bugsnag;
import com.bugsnag.Report;
import com.google.firebase.crashlytics.FirebaseCrashlytics;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogInterface;
import com.rollbar.notifier.Rollbar;
import io.sentry.Sentry;
import java.util.HashMap;
import java.util.Map;

/**
 * Error trackers keep what a report carries: its message, custom data and metadata tabs, and the
 * message of the exception it is given.
 */
public class ErrorTrackerReports {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void rollbar(Rollbar rollbar, RuntimeException error, String path) {
    Map<String, Object> custom = new HashMap<>();
    custom.put("authorization", "Bearer " + personalApiKey);
    rollbar.error(error, custom, "failed on " + path); // Noncompliant
    rollbar.warning("slow call to " + path, Map.of("path", path));
    rollbar.info("key " + personalApiKey); // Noncompliant
  }

  void bugsnag(Bugsnag bugsnag, Report report, String path) {
    report.addToTab("request", "authorization", "Bearer " + personalApiKey); // Noncompliant
    report.addToTab("request", "authorizationHeader", "Authorization");
    report.setContext("GET " + path);
    bugsnag.addThreadMetaData("posthog", "key", personalApiKey); // Noncompliant
    bugsnag.notify(new IllegalStateException("rejected key " + personalApiKey)); // Noncompliant
    bugsnag.notify(new IllegalStateException("rejected call to " + path));
  }

  void crashlytics(String path) {
    FirebaseCrashlytics crashlytics = FirebaseCrashlytics.getInstance();
    crashlytics.log("using key " + personalApiKey); // Noncompliant
    crashlytics.setCustomKey("posthog_key", personalApiKey); // Noncompliant
    crashlytics.setCustomKey("posthog_key_set", personalApiKey != null);
    crashlytics.setCustomKey("path", path);
    crashlytics.recordException(new IllegalStateException("rejected key " + personalApiKey)); // Noncompliant
    FirebaseCrashlytics.getInstance().log("refreshing with key " + personalApiKey); // Noncompliant
    FirebaseCrashlytics.getInstance().log("refreshing " + path);
  }

  void sentry(String path) {
    Sentry.captureException(new IllegalStateException("rejected key " + personalApiKey)); // Noncompliant
    Sentry.captureException(new IllegalStateException("rejected call to " + path));
  }

  void posthog(PostHogInterface posthog, PostHog client, String path) {
    posthog.captureException(new IllegalStateException("rejected key " + personalApiKey), "admin"); // Noncompliant
    posthog.captureException(new IllegalStateException("rejected call to " + path));
    client.captureException(new IllegalStateException("rejected key " + personalApiKey)); // Noncompliant
  }
}
