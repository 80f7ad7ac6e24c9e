import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A variable the code reads a header, a parameter or a property by holds that name, whatever its
 * own name says: logging it shows where the secret travels, not the secret.
 */
public class NamesUsedAsKeys {
  private static final Logger log = LoggerFactory.getLogger(NamesUsedAsKeys.class);

  private final String apiKeyHeader;

  NamesUsedAsKeys(String apiKeyHeader) {
    this.apiKeyHeader = apiKeyHeader;
  }

  void authenticate(HttpServletRequest request) {
    String apiKey = request.getHeader(apiKeyHeader);
    log.debug("credential in header {}", apiKeyHeader);
    log.warn("rejected API key {}", apiKey); // Noncompliant
  }

  void byParameter(HttpServletRequest request, String accessTokenParam, String sessionToken) {
    log.debug("token parameter {} = {}", accessTokenParam, request.getParameter(accessTokenParam));
    log.debug("session token {}", sessionToken); // Noncompliant
  }

  void byThisField(HttpServletRequest request) {
    log.debug("reading {}", this.apiKeyHeader);
    String value = request.getHeader(this.apiKeyHeader);
    log.debug("got {} chars", value == null ? 0 : value.length());
  }
}
