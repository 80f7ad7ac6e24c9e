import java.net.URI;
import java.net.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every header of a request the code built holds what it set there: the PostHog key of its
 * Authorization header says best what leaks.
 */
public class KeySetInRequestHeaders {
  private static final Logger log = LoggerFactory.getLogger(KeySetInRequestHeaders.class);
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void call() {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("https://eu.posthog.com/api/projects/"))
            .header("Authorization", "Bearer " + personalApiKey)
            .GET()
            .build();
    log.debug("request headers {}", request.headers()); // Noncompliant {{PostHog personal API key from POSTHOG_PERSONAL_API_KEY reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    HttpRequest plain = HttpRequest.newBuilder(URI.create("https://example.com/")).GET().build();
    log.debug("plain headers {}", plain.headers()); // Noncompliant {{Every header of the request reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
  }
}
