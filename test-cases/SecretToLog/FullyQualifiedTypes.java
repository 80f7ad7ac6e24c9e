/** Types written with their package instead of imported: the logger is known all the same. */
public class FullyQualifiedTypes {
  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(FullyQualifiedTypes.class);
  private final java.util.logging.Logger jul = java.util.logging.Logger.getLogger("audit");

  void logs(String password, java.lang.String accessToken) {
    log.info("password {}", password); // Noncompliant
    jul.info(accessToken); // Noncompliant
  }

  void notSecrets(java.lang.Integer apiKey, java.util.concurrent.TimeUnit sessionId) {
    log.info("key {} session {}", apiKey, sessionId);
  }
}
