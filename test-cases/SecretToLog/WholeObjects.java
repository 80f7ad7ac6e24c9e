import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Objects whose toString() shows a secret leak it when logged whole. */
public class WholeObjects {
  private static final Logger log = LoggerFactory.getLogger(WholeObjects.class);

  record Credentials(String user, String apiKey) {}

  record SafeCredentials(String user, String apiKey) {
    @Override
    public String toString() {
      return "SafeCredentials[user=" + user + "]";
    }
  }

  record Settings(String host, int port) {}

  @lombok.Data
  static class PostHogSettings {
    private String host;
    private String personalApiKey;
  }

  @lombok.ToString
  static class MaskedSettings {
    private String host;
    @lombok.ToString.Exclude private String personalApiKey;
  }

  void logWhole(Credentials credentials, SafeCredentials safe, Settings settings,
      PostHogSettings posthog, MaskedSettings masked) {
    log.info("credentials {}", credentials); // Noncompliant
    log.info("loaded " + posthog); // Noncompliant
    log.info("credentials {}", new Credentials("me", System.getenv("API_KEY"))); // Noncompliant
    log.info("safe {}", safe);
    log.info("settings {}", settings);
    log.info("masked {}", masked);
    log.info("user {}", credentials.user());
  }

  void builtHere(String user, String apiKey) {
    log.info("credentials {}", new Credentials(user, apiKey)); // Noncompliant
    log.info("credentials {}", new Credentials(user, "****" + apiKey.substring(apiKey.length() - 4)));
    log.info("safe {}", new SafeCredentials(user, apiKey));
  }

  @lombok.ToString
  static class StoredToken {
    private String owner;
    @lombok.ToString.Exclude private String value;
  }

  private final java.util.Map<String, StoredToken> tokens = new java.util.HashMap<>();

  void byItsValue(String presented) {
    StoredToken match = tokens.get(presented);
    log.info("token used: {}", match);
    log.info("tokens: {}", tokens); // Noncompliant
  }

  void serialized(Credentials credentials, Settings settings, com.fasterxml.jackson.databind.ObjectMapper mapper) throws Exception {
    log.info("json {}", mapper.writeValueAsString(credentials)); // Noncompliant
    log.info("json {}", mapper.writerWithDefaultPrettyPrinter().writeValueAsString(credentials)); // Noncompliant
    log.info("json {}", mapper.writeValueAsString(settings));
  }

  void outgoingHeaders(String apiKey) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set("X-Request-Id", "42");
    log.debug("headers {}", headers);
    headers.setBearerAuth(apiKey);
    log.debug("headers {}", headers); // Noncompliant
  }

  void entityHeaders(String accessToken) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setBearerAuth(accessToken);
    org.springframework.http.HttpEntity<Void> request = new org.springframework.http.HttpEntity<>(headers);
    log.warn("request headers {}", request.getHeaders()); // Noncompliant
    org.springframework.http.HttpEntity<Void> plain = new org.springframework.http.HttpEntity<>(new org.springframework.http.HttpHeaders());
    log.warn("plain headers {}", plain.getHeaders());
  }

  void accessor(Credentials credentials) {
    log.info("key {}", credentials.apiKey()); // Noncompliant
  }

  @lombok.ToString(exclude = "password")
  static class LoginCredentials {
    private String username;
    private String password;
  }

  @lombok.ToString(of = {"username", "realm"})
  static class RealmCredentials {
    private String username;
    private String realm;
    private String password;
  }

  @lombok.ToString(exclude = {"realm"})
  static class LeakyCredentials {
    private String username;
    private String realm;
    private String password;
  }

  void lombokToStringAttributes(LoginCredentials login, RealmCredentials realm, LeakyCredentials leaky) {
    log.debug("attempting login for {}", login);
    log.debug("attempting login for {}", realm);
    log.debug("attempting login for {}", leaky); // Noncompliant
  }
}
