import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A helper of the file returns, at each call, what that call gives it: not a secret another call
 * gave it. A value written into a buffer the call is given is in the buffer.
 */
public class HelpersCalledWithManyValues {
  private static final Logger log = LoggerFactory.getLogger(HelpersCalledWithManyValues.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

  private final Map<String, String> env = System.getenv();

  private static String clean(String value) {
    return value == null ? null : value.trim();
  }

  private String resolve(String raw) {
    Matcher m = PLACEHOLDER.matcher(raw);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  void start() {
    String key = clean(System.getenv("POSTHOG_PERSONAL_API_KEY"));
    String host = clean(System.getenv("POSTHOG_HOST"));
    log.info("host {}", host);
    log.info("key {}", key); // Noncompliant
    log.info("key {}", resolve(System.getenv("POSTHOG_PERSONAL_API_KEY"))); // Noncompliant
    log.info("region {}", resolve(System.getenv("POSTHOG_REGION")));
  }
}
