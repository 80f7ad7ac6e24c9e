package csrf;

/** Compares the token a request sends with the one the session expects. */
public class TokenFilter {
  /** An exception of this file whose message leaves the token out. */
  static class ExpiredTokenException extends RuntimeException {
    ExpiredTokenException(String token) {
      super("The token has expired.");
    }
  }

  /** One of this file whose message shows it. */
  static class RejectedTokenException extends RuntimeException {
    RejectedTokenException(String token) {
      super("Rejected " + token);
    }
  }

  void check(String actualToken, String expectedToken, boolean expired) {
    if (actualToken == null) {
      throw new MissingTokenException(expectedToken);
    }
    if (expired) {
      throw new ExpiredTokenException(actualToken);
    }
    if (actualToken.isEmpty()) {
      throw new RejectedTokenException(actualToken); // Noncompliant
    }
    if (!actualToken.equals(expectedToken)) {
      throw new InvalidTokenException(expectedToken, actualToken); // Noncompliant
    }
  }
}
