package play.mvc;

/** A stand-in for Play's Http. */
public final class Http {
  private Http() {}

  /** A stand-in for Play's cookie. */
  public static class Cookie {
    public static CookieBuilder builder(String name, String value) {
      return new CookieBuilder();
    }
  }

  /** A stand-in for Play's cookie builder. */
  public static class CookieBuilder {
    public CookieBuilder withPath(String path) {
      return this;
    }

    public Cookie build() {
      return new Cookie();
    }
  }
}
