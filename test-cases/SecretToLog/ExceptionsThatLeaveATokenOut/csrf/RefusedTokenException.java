package csrf;

/** Built with a status and the token: its message shows the status only. */
public class RefusedTokenException extends Exception {
  private final int status;

  public RefusedTokenException(int status, String token) {
    super("The token was refused (HTTP " + status + ")");
    this.status = status;
  }

  public int status() {
    return status;
  }
}
