import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A replacement that writes a redaction mark where its pattern matched hides what it matched; any
 * other replacement keeps the secret.
 */
public class RedactedByReplacement {
  private static final Logger log = LoggerFactory.getLogger(RedactedByReplacement.class);

  void trace(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    log.info("auth {}", authorization.replaceAll("Bearer .*", "Bearer ***"));
    log.info("auth {}", authorization.replaceAll("Signature=\\w+", "Signature=*REDACTED*"));
    log.info("auth {}", authorization.replaceFirst(" .*", " <masked>"));
    log.info("auth {}", authorization.replace("Bearer ", "")); // Noncompliant
    String key = System.getenv("POSTHOG_PERSONAL_API_KEY");
    String url = "https://eu.posthog.com/api/projects?personal_api_key=" + key;
    log.info("calling {}", url.replaceAll("personal_api_key=[^&]+", "personal_api_key=[removed]"));
    log.info("calling {}", url.replaceAll("^https://", "http://")); // Noncompliant
  }
}
