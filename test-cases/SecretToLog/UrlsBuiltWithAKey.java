import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriComponentsBuilder;

/** A URL builder given the key as a query parameter: the URL it builds holds the key. */
public class UrlsBuiltWithAKey {
  private static final Logger log = LoggerFactory.getLogger(UrlsBuiltWithAKey.class);
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void spring() {
    String url =
        UriComponentsBuilder.fromHttpUrl("https://eu.posthog.com/api/projects/1/cohorts")
            .queryParam("personal_api_key", personalApiKey)
            .toUriString();
    log.info("export from {}", url); // Noncompliant
    URI uri = UriComponentsBuilder.fromUriString("https://eu.posthog.com").path("/api/flags").queryParam("key", personalApiKey).build().toUri();
    log.info("flags from {}", uri); // Noncompliant
    String capture = UriComponentsBuilder.fromHttpUrl("https://eu.i.posthog.com/capture").queryParam("api_key", projectApiKey).toUriString();
    log.info("capture to {}", capture);
  }

  void jaxRs() {
    URI uri = UriBuilder.fromUri("https://eu.posthog.com/api/persons").queryParam("personal_api_key", personalApiKey).build();
    log.info("persons from {}", uri); // Noncompliant
    URI plain = UriBuilder.fromPath("/api/persons").queryParam("limit", 100).build();
    log.info("persons from {}", plain);
  }

  void jaxRsClient(WebTarget api, javax.ws.rs.client.WebTarget legacyApi) {
    URI export = api.path("projects").path("1").queryParam("personal_api_key", personalApiKey).getUri();
    log.info("export from {}", export); // Noncompliant
    log.info("cohorts from {}", legacyApi.path("cohorts").queryParam("personal_api_key", personalApiKey).getUri()); // Noncompliant
    log.info("capture to {}", api.path("capture").queryParam("api_key", projectApiKey).getUri());
    log.info("flags from {}", api.path("flags").getUriBuilder().build());
  }

  void apache() throws URISyntaxException {
    URI uri = new URIBuilder("https://eu.posthog.com/api/insights").addParameter("personal_api_key", personalApiKey).build();
    log.info("insights from {}", uri); // Noncompliant
  }
}
