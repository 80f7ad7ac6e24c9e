import com.google.common.flogger.FluentLogger;

/** Log4j 1, Flogger and tinylog, static and tagged. */
public class MoreLoggingApis {
  private static final org.apache.log4j.Logger log4j1 = org.apache.log4j.Logger.getLogger(MoreLoggingApis.class);
  private static final FluentLogger flogger = FluentLogger.forEnclosingClass();
  private static final org.tinylog.TaggedLogger tagged = org.tinylog.Logger.tag("payments");

  void log4j1(String apiKey) {
    log4j1.info("api key " + apiKey); // Noncompliant
    log4j1.trace("api key " + apiKey); // Noncompliant
    log4j1.info("api key set: " + (apiKey != null));
  }

  void flogger(String refreshToken) {
    flogger.atInfo().log("refresh token %s", refreshToken); // Noncompliant
    flogger.atWarning().withCause(new IllegalStateException("expired")).log("token refresh failed");
  }

  void tinylog(String password) {
    org.tinylog.Logger.info("password {}", password); // Noncompliant
    tagged.warn("password {}", password); // Noncompliant
    org.tinylog.Logger.info("password length {}", password.length());
  }
}
