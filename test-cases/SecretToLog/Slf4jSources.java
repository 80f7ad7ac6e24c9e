import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;

/** Secrets from every kind of source, into SLF4J. */
public class Slf4jSources {
  private static final Logger log = LoggerFactory.getLogger(Slf4jSources.class);

  private final String apiKey;
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  Slf4jSources(String apiKey) {
    this.apiKey = apiKey;
  }

  void fromEnvironment() {
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    log.info("PostHog key: {}", key); // Noncompliant
    log.debug("Using " + System.getProperty("posthog.personal-api-key")); // Noncompliant
  }

  void fromNames(String user, String password) {
    log.warn("login {} with {}", user, password); // Noncompliant
    log.error("rejected apiKey {}", apiKey); // Noncompliant
    log.info("flags with {}", personalApiKey); // Noncompliant
  }

  void withMarker(String token) {
    log.info(MarkerFactory.getMarker("SECURITY"), "token {}", token); // Noncompliant
  }

  void fluent(String authorization) {
    log.atInfo().addKeyValue("auth", authorization).log("request"); // Noncompliant
    log.atDebug()
        .setMessage("calling PostHog")
        .addArgument(personalApiKey) // Noncompliant
        .addKeyValue("keyLength", personalApiKey.length())
        .log();
  }

  void literal() {
    log.info("fallback key phx_aWFeOgd23eOp1ARVjVEeNJPXGyijpXUwIL8tuPmXyNc"); // Noncompliant
  }
}
