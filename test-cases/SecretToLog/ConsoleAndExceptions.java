import java.io.PrintWriter;

/** Standard output and error, and exception messages, carry secrets to the logs too. */
public class ConsoleAndExceptions {
  private final PrintWriter err = new PrintWriter(System.err, true);

  void console(String token) {
    System.out.println("token: " + token); // Noncompliant
    System.err.printf("token %s%n", token); // Noncompliant
    err.println(token); // Noncompliant
    System.out.println("token present: " + (token != null));
  }

  void exceptions(String apiKey) {
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("bad API key " + apiKey); // Noncompliant
    }
    throw new IllegalStateException("API key rejected");
  }

  /** An exception kept in a local and logged there is reported where the log writes its message. */
  void keptAndLogged(String apiKey, Throwable cause) {
    IllegalStateException failure =
        new IllegalStateException("poll rejected for key " + apiKey, cause);
    System.err.println("poll failed: " + failure); // Noncompliant
  }

  /** A validation result named like an exception is none: what it is built with is no exception's message. */
  org.springframework.validation.FieldError rejected(String apiKey) {
    return new org.springframework.validation.FieldError("settings", "apiKey", "bad API key " + apiKey);
  }
}
