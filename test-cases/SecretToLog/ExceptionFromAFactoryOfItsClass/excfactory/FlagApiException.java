package excfactory;

/**
 * Built by its own factories: what a caller hands one ends in the message, reported where the
 * project logs it (FlagAdminJob), not here.
 */
public class FlagApiException extends RuntimeException {
  private final int status;

  private FlagApiException(String message, int status) {
    super(message);
    this.status = status;
  }

  public static FlagApiException forStatus(int status, String authorization) {
    return new FlagApiException(
        "PostHog answered " + status + " (Authorization: " + authorization + ")", status);
  }

  public int status() {
    return status;
  }
}
