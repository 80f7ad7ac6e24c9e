import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A secret keeps its nature through locals, builders, formatting, collections and getters. */
public class FlowThroughCode {
  private static final Logger log = LoggerFactory.getLogger(FlowThroughCode.class);

  private final String key;
  private String cached;

  FlowThroughCode() {
    this.key = System.getenv("POSTHOG_PERSONAL_API_KEY");
  }

  String getKey() {
    return key;
  }

  void builders() {
    StringBuilder message = new StringBuilder("calling PostHog with ");
    message.append(key);
    log.info(message.toString()); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
    String header = String.format("Bearer %s", getKey());
    log.debug(header); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
    log.debug("header {}", "Bearer %s".formatted(key)); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
    log.debug(MessageFormat.format("header {0}", key)); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
  }

  void collectionsAndChoices(boolean personal) {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + key);
    log.info("headers {}", headers); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
    List<String> values = List.of("x", key);
    log.info("values {}", values); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
    String chosen = personal ? key : "none";
    log.info("chosen {}", chosen); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
  }

  void cachedInField() {
    cached = key;
    log.info("cached {}", cached); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
  }

  void sanitizedOnTheWay() {
    String shown = key.substring(0, 8);
    log.info("key {}...", shown);
    log.info("key length {}", getKey().length());
    log.info("key ending {}", key.substring(key.length() - 6)); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J info(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}} [[secondary=15]]
  }
}
