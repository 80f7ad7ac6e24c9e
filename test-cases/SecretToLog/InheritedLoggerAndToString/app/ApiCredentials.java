package app;

/** A hand-written toString() that shows the token. */
public class ApiCredentials {
  private final String user;
  private final String accessToken;

  public ApiCredentials(String user, String accessToken) {
    this.user = user;
    this.accessToken = accessToken;
  }

  public String user() {
    return user;
  }

  @Override
  public String toString() {
    return "ApiCredentials[user=" + user + ", accessToken=" + accessToken + "]";
  }
}
