import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A map's value under a key that names a password, a secret or an API key is one (a request body,
 * a form's fields); under a token's or a session's name it is as often an identifier of one.
 */
public class MapLookups {
  private static final Logger log = LoggerFactory.getLogger(MapLookups.class);

  void login(Map<String, String> body) {
    log.info("password {}", body.get("password")); // Noncompliant
    log.info("client secret {}", body.get("client_secret")); // Noncompliant
    log.info("user {}", body.get("username"));
  }

  void mapping(Map<String, String> sessionMapping, Map<String, String> config) {
    log.error("no session {}", sessionMapping.get("userSessionId"));
    log.info("provider {}", config.get("provider"));
  }
}
