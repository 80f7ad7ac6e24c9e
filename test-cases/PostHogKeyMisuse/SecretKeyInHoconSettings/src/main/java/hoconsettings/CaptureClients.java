package hoconsettings;

import com.posthog.java.PostHog;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** Keys read from application.conf by their paths: the legacy capture key is a secret key. */
public class CaptureClients {
  private final Config config = ConfigFactory.load();

  PostHog legacy() {
    return new PostHog.Builder(config.getString("posthog.legacy.capture-key")).build(); // Noncompliant
  }

  PostHog events() {
    Config posthog = config.getConfig("posthog");
    return new PostHog.Builder(posthog.getString("project-key")).build();
  }

  PostHog fromTheEnvironment() {
    return new PostHog.Builder(config.getString("posthog.personal-api-key")).build(); // Noncompliant
  }
}
