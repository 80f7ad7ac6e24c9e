import java.util.logging.Logger;

/** The key remember-me cookies are signed with, and an HMAC key, are secrets; their settings not. */
public class RememberMeKeys {
  private static final Logger LOG = Logger.getLogger("security");
  private final String rememberMeKey;
  private final String hmacKey;
  private final int rememberMeSeconds = 1209600;
  private final String rememberMeCookieName = "remember-me";

  RememberMeKeys(String rememberMeKey, String hmacKey) {
    this.rememberMeKey = rememberMeKey;
    this.hmacKey = hmacKey;
  }

  void report() {
    LOG.info("remember-me key " + rememberMeKey); // Noncompliant
    LOG.info("webhook key " + hmacKey); // Noncompliant
    LOG.info("remember-me validity " + rememberMeSeconds);
    LOG.info("remember-me cookie " + rememberMeCookieName);
    LOG.info("remember-me key from " + System.getenv("REMEMBER_ME_KEY")); // Noncompliant
  }
}
