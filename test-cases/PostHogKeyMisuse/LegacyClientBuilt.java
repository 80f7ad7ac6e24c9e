import com.posthog.java.PostHog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** posthog-java's builder builds the client: the built client is no key. */
public class LegacyClientBuilt {
  private static final Logger log = LoggerFactory.getLogger(LegacyClientBuilt.class);
  static final String PROJECT_KEY = System.getenv("POSTHOG_PROJECT_API_KEY");

  void capture(String distinctId) {
    var posthog = new PostHog.Builder(PROJECT_KEY).build();
    log.debug("PostHog client {}", posthog.toString());
    posthog.capture(distinctId, "signed_up");
    posthog.shutdown();
  }
}
