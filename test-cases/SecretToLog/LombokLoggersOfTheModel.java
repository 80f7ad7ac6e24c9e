/** The Lombok logger annotations of the models not tried elsewhere: XSlf4j, Log4j 1, Flogger. */
public class LombokLoggersOfTheModel {
  @lombok.extern.slf4j.XSlf4j
  static class WithXSlf4j {
    void leak(String sessionToken) {
      log.info("session token {}", sessionToken); // Noncompliant
      log.info("session token set");
    }
  }

  @lombok.extern.log4j.Log4j
  static class WithLog4j {
    void leak(String apiSecret) {
      log.warn("api secret " + apiSecret); // Noncompliant
    }
  }

  @lombok.extern.flogger.Flogger
  static class WithFlogger {
    void leak(String password) {
      log.atInfo().log("password %s", password); // Noncompliant
    }
  }
}
