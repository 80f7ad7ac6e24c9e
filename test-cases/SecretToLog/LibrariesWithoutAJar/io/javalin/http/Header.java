package io.javalin.http;

/** A stub of Javalin's header names. */
public final class Header {
  public static final String AUTHORIZATION = "Authorization";
  public static final String COOKIE = "Cookie";
  public static final String USER_AGENT = "User-Agent";
}
