package csrf;

/** Built with the token it did not find: its message leaves the token out. */
public class MissingTokenException extends RuntimeException {
  public MissingTokenException(String actualToken) {
    super("Could not verify the provided token because no token was found to compare.");
  }
}
