package app;

/** A repository and the exception its methods throw: only refresh() builds it with the token. */
public class AuthRepository {
  private String refreshToken = System.getenv("APP_REFRESH_TOKEN");

  public String login(String email, String password) throws AuthException {
    if (password.isEmpty()) {
      throw new AuthException("Login rejected for " + email);
    }
    return email;
  }

  public String refresh() throws AuthException {
    if (refreshToken == null) {
      throw new AuthException("No refresh token stored");
    }
    throw new AuthException("Refresh rejected for refresh token " + refreshToken);
  }

  public static class AuthException extends Exception {
    public AuthException(String message) {
      super(message);
    }
  }
}
