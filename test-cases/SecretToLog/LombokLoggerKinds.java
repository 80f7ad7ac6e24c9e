/** Every Lombok logger annotation brings its own API's logger, all called log. */
public class LombokLoggerKinds {
  @lombok.extern.java.Log
  static class WithJul {
    void leak(String accessToken) {
      log.info("access token " + accessToken); // Noncompliant
      log.fine("token length " + accessToken.length());
    }
  }

  @lombok.extern.log4j.Log4j2
  static class WithLog4j2 {
    void leak(String clientSecret) {
      log.debug("client secret {}", clientSecret); // Noncompliant
    }
  }

  @lombok.extern.apachecommons.CommonsLog
  static class WithCommons {
    void leak(String bearer) {
      log.warn("bearer " + bearer); // Noncompliant
    }
  }

  @lombok.extern.jbosslog.JBossLog
  static class WithJboss {
    void leak(String privateKey) {
      log.errorf("key %s", privateKey); // Noncompliant
    }
  }

  static class WithoutAnnotation {
    private final java.util.List<String> log = new java.util.ArrayList<>();

    void notALogger(String password) {
      log.add(password);
    }
  }
}
