package io.vertx.core.http;

/** A stub of Vert.x's header names. */
public final class HttpHeaders {
  public static final CharSequence AUTHORIZATION = "Authorization";
  public static final CharSequence COOKIE = "Cookie";
  public static final CharSequence USER_AGENT = "User-Agent";
}
