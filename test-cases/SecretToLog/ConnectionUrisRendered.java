import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A URI rendered by a helper whose flag says to mask the credentials: what toString() shows with
 * the flag on hides the password; with it off (or an unmasked flag on), it shows it.
 */
public class ConnectionUrisRendered {
  private static final Logger log = LoggerFactory.getLogger(ConnectionUrisRendered.class);
  private final String host = "redis.internal";
  private final String password = System.getenv("REDIS_PASSWORD");

  void connect() {
    try {
      open(uri(false));
    } catch (RuntimeException e) {
      log.warn("cannot connect to " + toString(), e);
      log.warn("cannot connect to {}", uri(false)); // Noncompliant
      log.warn("cannot connect to {}", render(true)); // Noncompliant
    }
  }

  private String uri(boolean maskCredentials) {
    return "redis://:" + (maskCredentials ? mask(password) : password) + "@" + host;
  }

  private String render(boolean unmasked) {
    return "redis://:" + (unmasked ? password : mask(password)) + "@" + host;
  }

  private static String mask(String value) {
    return value.isEmpty() ? "" : "****";
  }

  private void open(String uri) {}

  @Override
  public String toString() {
    return uri(true);
  }
}
