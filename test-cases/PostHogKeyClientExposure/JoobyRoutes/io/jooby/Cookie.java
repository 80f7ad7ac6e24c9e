package io.jooby;

/** A response cookie, as far as the case needs it. */
public class Cookie {
  public Cookie(String name, String value) {}

  public Cookie setPath(String path) {
    return this;
  }

  public Cookie setMaxAge(long seconds) {
    return this;
  }
}
