package app.admin;

/** PostHog refused the key: a handler of any admin failure gets this one too. */
public class FlagsAuthException extends FlagsAdminException {
  public FlagsAuthException(String message, int status) {
    super(message, status);
  }
}
