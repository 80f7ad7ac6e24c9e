package orders;

import com.posthog.java.PostHog;

/**
 * The function reads its app settings as environment variables: local.settings.json sets the
 * project key's variable to a personal key.
 */
public class OrderEvents {
  PostHog posthog() {
    return new PostHog.Builder(System.getenv("POSTHOG_API_KEY")).build(); // Noncompliant
  }
}
