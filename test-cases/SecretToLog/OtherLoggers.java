import java.util.logging.Level;

/** The same leak through every other common logging API. */
public class OtherLoggers {
  private static final org.apache.logging.log4j.Logger log4j =
      org.apache.logging.log4j.LogManager.getLogger(OtherLoggers.class);
  private static final java.util.logging.Logger jul =
      java.util.logging.Logger.getLogger(OtherLoggers.class.getName());
  private static final System.Logger system = System.getLogger("posthog");
  private static final org.apache.commons.logging.Log commons =
      org.apache.commons.logging.LogFactory.getLog(OtherLoggers.class);
  private static final org.jboss.logging.Logger jboss = org.jboss.logging.Logger.getLogger(OtherLoggers.class);

  void log4j2(String secret) {
    log4j.info("secret {}", secret); // Noncompliant
    log4j.printf(org.apache.logging.log4j.Level.INFO, "secret %s", secret); // Noncompliant
    log4j.atWarn().log("secret {}", secret); // Noncompliant
    log4j.log(org.apache.logging.log4j.Level.ERROR, "secret {}", secret); // Noncompliant
  }

  void javaUtilLogging(String token, String password) {
    jul.info("token=" + token); // Noncompliant
    jul.log(Level.FINE, "password {0}", password); // Noncompliant
    jul.logp(Level.WARNING, "OtherLoggers", "javaUtilLogging", "token " + token); // Noncompliant
  }

  void systemLogger(String credentials) {
    system.log(System.Logger.Level.INFO, "credentials {0}", credentials); // Noncompliant
  }

  void commonsAndJboss(String clientSecret) {
    commons.warn("client secret " + clientSecret); // Noncompliant
    jboss.infof("client secret %s", clientSecret); // Noncompliant
  }

  void levelsAndSafeValues(String secret) {
    log4j.info("secret length {}", secret.length());
    jul.log(Level.INFO, "nothing secret here");
  }
}
