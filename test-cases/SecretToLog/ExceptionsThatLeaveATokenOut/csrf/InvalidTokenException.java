package csrf;

/** Built with both tokens: its message shows the one the request sent. */
public class InvalidTokenException extends RuntimeException {
  public InvalidTokenException(String expectedToken, String actualToken) {
    super("Invalid token " + actualToken);
  }
}
