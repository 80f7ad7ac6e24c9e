import java.util.StringTokenizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value the message calls a secret, whatever the variable is called: the label ends with a
 * separator or an opening quote right before the value.
 */
public class ValuesLabelledByTheMessage {
  private static final Logger log = LoggerFactory.getLogger(ValuesLabelledByTheMessage.class);

  enum Mode {
    STRICT,
    LENIENT
  }

  void login(long userId, String supplied, String value, String header) {
    log.debug("Login attempt from {} with passphrase '{}'", userId, supplied); // Noncompliant {{The value the message calls 'passphrase' reaches SLF4J debug(): logs keep it in clear; log a masked form (first 4 and last 4 characters) or nothing}}
    log.debug("password={}", value); // Noncompliant
    log.info("Sending with api key: " + value); // Noncompliant
    System.out.println("access token = " + value); // Noncompliant
    log.debug("Preview signed in, sessionid={}", value); // Noncompliant
    log.trace("Authorization: \"" + header + "\""); // Noncompliant
  }

  void notLabelled(String value, String url, Mode mode, int length, String projectKey) {
    log.info("password reset link: {}", url);
    log.info("password reset for {}", value);
    log.info("projectApiKey: " + projectKey);
    log.info("password length={}", length);
    log.info("token mode: {}", mode);
    log.info("password={}", mask(value));
    log.info("password={}", "********");
    log.info("user={}", value);
    log.info("api key: {}", value.length());
  }

  /** A label over a user and a secret after a colon: the secret is the pair's second part. */
  void pairs(String user, String password) {
    log.debug("login credentials [{}:******]", user);
    log.debug("login credentials [" + user + ":******]");
    log.debug("login credentials [{}:{}]", user, password); // Noncompliant
  }

  void lexerTokens(String query, Object current) {
    StringTokenizer tokenizer = new StringTokenizer(query, " ,");
    while (tokenizer.hasMoreTokens()) {
      String term = tokenizer.nextToken().trim();
      log.trace("search token '{}'", term);
      log.trace("secret '{}'", term);
    }
    log.trace("unexpected token: " + current);
    log.trace("token = " + query);
  }

  private static String mask(String value) {
    return value.substring(0, 4) + "...";
  }
}
