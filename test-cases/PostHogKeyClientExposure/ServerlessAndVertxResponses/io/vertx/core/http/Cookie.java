package io.vertx.core.http;

/** Vert.x's cookie, as far as the case needs it. */
public abstract class Cookie {
  public static native Cookie cookie(String name, String value);

  public abstract Cookie setPath(String path);
}
