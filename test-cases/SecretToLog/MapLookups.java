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

  /** A lookup with a default: what the map holds under the key, else the default. */
  void withDefaults(Map<String, String> env, java.util.Properties props) {
    String secureKey =
        env.getOrDefault(
            "POSTHOG_FEATURE_FLAGS_SECURE_API_KEY", props.getProperty("posthog.region"));
    log.info("secure key {}", secureKey); // Noncompliant
    String fallback = env.getOrDefault("REGION", props.getProperty("posthog.personal-api-key"));
    log.info("region {}", fallback); // Noncompliant
    log.info("theme {}", env.getOrDefault("THEME", "light"));
    log.info("region {}", env.getOrDefault("REGION", props.getProperty("posthog.region")));
  }

  /** What was put under one constant key is not what a lookup under another gets. */
  void directoryContext(String url, String password) {
    java.util.Hashtable<String, String> env = new java.util.Hashtable<>();
    env.put(javax.naming.Context.PROVIDER_URL, url);
    env.put(javax.naming.Context.SECURITY_CREDENTIALS, password);
    log.error("cannot connect to {}", env.get(javax.naming.Context.PROVIDER_URL));
    log.error("cannot connect with {}", env.get(javax.naming.Context.SECURITY_CREDENTIALS)); // Noncompliant
    log.error("cannot connect with {}", env); // Noncompliant
    Map<String, String> form = new java.util.HashMap<>();
    form.put("user", url);
    form.put("password", password);
    log.info("login of {}", form.get("user"));
  }

  /** A map a method of the file builds: a lookup under one of its keys gets what went there. */
  void directoryOfAHelper() {
    java.util.Hashtable<String, String> env = directoryEnv();
    env.put(javax.naming.Context.SECURITY_AUTHENTICATION, "simple");
    log.error("cannot connect to {}", env.get(javax.naming.Context.PROVIDER_URL));
    log.error("cannot connect with {}", env.get(javax.naming.Context.SECURITY_CREDENTIALS)); // Noncompliant
    log.error("cannot connect with {}", directoryEnv()); // Noncompliant
  }

  private java.util.Hashtable<String, String> directoryEnv() {
    java.util.Hashtable<String, String> env = new java.util.Hashtable<>();
    env.put(javax.naming.Context.PROVIDER_URL, System.getenv("LDAP_URL"));
    env.put(javax.naming.Context.SECURITY_CREDENTIALS, System.getenv("LDAP_PASSWORD"));
    return env;
  }

  void mapping(Map<String, String> sessionMapping, Map<String, String> config) {
    log.error("no session {}", sessionMapping.get("userSessionId"));
    log.info("provider {}", config.get("provider"));
  }
}
