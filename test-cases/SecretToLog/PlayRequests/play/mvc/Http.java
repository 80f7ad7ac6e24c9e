package play.mvc;

import java.util.Optional;

/** A stand-in for Play's Http (Play is not on the test class path). */
public final class Http {
  private Http() {}

  public interface HeaderNames {
    String AUTHORIZATION = "Authorization";
    String COOKIE = "Cookie";
  }

  public interface RequestHeader {
    Optional<String> header(String name);

    Optional<Cookie> getCookie(String name);

    Cookies cookies();

    String uri();
  }

  public interface Cookies {
    Optional<Cookie> get(String name);
  }

  public interface Request extends RequestHeader {}

  public static final class Cookie {
    private final String value;

    public Cookie(String value) {
      this.value = value;
    }

    public String value() {
      return value;
    }
  }
}
