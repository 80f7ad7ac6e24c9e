/** Lombok generates the logger field: it is recognised by the annotation, not by its name. */
@lombok.extern.slf4j.Slf4j
public class LombokLoggers {
  void leak(String secretKey) {
    log.info("secret key {}", secretKey); // Noncompliant
  }

  static class Nested {
    void leak(String password) {
      log.warn("password {}", password); // Noncompliant
    }
  }
}
