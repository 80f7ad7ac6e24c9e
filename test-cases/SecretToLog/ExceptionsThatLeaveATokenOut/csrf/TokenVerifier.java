package csrf;

/** Throws with the key it was refused with, which the exception keeps out of its message. */
public class TokenVerifier {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void verify(int status) throws RefusedTokenException {
    if (status == 401) {
      throw new RefusedTokenException(status, personalApiKey);
    }
  }
}
