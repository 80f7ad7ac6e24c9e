import com.google.common.base.MoreObjects;
import com.google.common.base.Strings;
import org.apache.commons.lang3.ObjectUtils;
import org.apache.commons.lang3.StringUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key chosen among fallbacks, by a varargs helper of the file or by Commons Lang and Guava, is
 * the key: what each of them returns is one of what it is given.
 */
public class FallbackHelpers {
  private static final Logger log = LoggerFactory.getLogger(FallbackHelpers.class);

  void resolve(String fromArguments) {
    String personalKey =
        firstNonBlank(
            fromArguments,
            System.getProperty("posthog.personal.api.key"),
            System.getenv("POSTHOG_PERSONAL_API_KEY"));
    log.debug("resolved personal key {}", personalKey); // Noncompliant
    String host = firstNonBlank(fromArguments, System.getenv("POSTHOG_HOST"), "https://us.i.posthog.com");
    log.debug("resolved host {}", host);
  }

  void libraries(String fromArguments) {
    String secret = System.getenv("POSTHOG_PERSONAL_API_KEY");
    log.info("key {}", StringUtils.defaultIfBlank(secret, "none")); // Noncompliant
    log.info("key {}", StringUtils.firstNonBlank(fromArguments, secret)); // Noncompliant
    log.info("key {}", ObjectUtils.firstNonNull(fromArguments, secret)); // Noncompliant
    log.info("key {}", MoreObjects.firstNonNull(secret, "none")); // Noncompliant
    log.info("key {}", Strings.nullToEmpty(secret)); // Noncompliant
    log.info("host {}", StringUtils.defaultIfBlank(System.getenv("POSTHOG_HOST"), "https://us.i.posthog.com"));
    log.info("key set: {}", StringUtils.isNotBlank(secret));
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
