package app;

import io.helidon.config.Config;
import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.logging.common.HelidonMdc;
import io.helidon.webserver.http.RoutingRequest;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/** Helidon SE: its request headers, cookies and configuration. */
public class HelidonAudit {
  private static final Logger LOGGER = Logger.getLogger(HelidonAudit.class.getName());
  private static final Set<String> SENSITIVE = Set.of("authorization", "cookie");
  private static final String ADMIN_TOKEN_HEADER = "X-Admin-Token";
  private static final HeaderName ADMIN_TOKEN = HeaderNames.create(ADMIN_TOKEN_HEADER);
  private static final HeaderName REQUEST_ID = HeaderNames.create("X-Request-Id");

  void filter(RoutingRequest req) {
    StringBuilder all = new StringBuilder();
    for (Header header : req.headers()) {
      all.append(header.name()).append('=').append(header.values()).append("; ");
    }
    LOGGER.finest("request headers: " + all); // Noncompliant

    StringBuilder safe = new StringBuilder();
    for (Header header : req.headers()) {
      String name = header.name().toLowerCase(Locale.ROOT);
      safe.append(name).append('=').append(SENSITIVE.contains(name) ? "<redacted>" : header.values());
    }
    LOGGER.fine("request headers (redacted): " + safe);

    String session = req.headers().cookies().first("JSESSIONID").asOptional().orElse(null);
    LOGGER.fine("session cookie " + session); // Noncompliant
    String theme = req.headers().cookies().first("theme").orElse("light");
    LOGGER.fine("theme " + theme);
    HelidonMdc.set("session", session); // Noncompliant
    HelidonMdc.set("theme", theme);

    String authorization = req.headers().first(HeaderNames.AUTHORIZATION).orElse("");
    LOGGER.fine("authorization " + authorization); // Noncompliant
    LOGGER.fine("cookies " + req.headers().first(HeaderNames.COOKIE).orElse("")); // Noncompliant
    LOGGER.fine("accept " + req.headers().first(HeaderNames.ACCEPT).orElse(""));
    String presented = req.headers().first(ADMIN_TOKEN).orElse("");
    LOGGER.warning("rejected admin call with token " + presented); // Noncompliant
    LOGGER.fine("request " + req.headers().first(REQUEST_ID).orElse(""));
    LOGGER.fine("authorization present: " + req.headers().first(HeaderNames.AUTHORIZATION).isPresent());
  }

  void configure() {
    var config = Config.create();
    String personalApiKey = config.get("posthog.personal-api-key").asString().orElse("");
    LOGGER.info("PostHog personal key " + personalApiKey); // Noncompliant
    LOGGER.info("PostHog host " + config.get("posthog.host").asString().orElse(""));
    LOGGER.info("PostHog key configured: " + !personalApiKey.isBlank());
  }
}
