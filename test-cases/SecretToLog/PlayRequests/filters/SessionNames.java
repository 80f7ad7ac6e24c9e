package filters;

public final class SessionNames {
  public static final String COOKIE = "PLAY_SESSION";
  public static final String REQUEST_ID = "X-Request-Id";

  private SessionNames() {}
}
