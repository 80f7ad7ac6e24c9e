package io.helidon.http;

/** Stand-in for Helidon SE 4's header names. */
public final class HeaderNames {
  public static final HeaderName AUTHORIZATION = () -> "Authorization";
  public static final HeaderName COOKIE = () -> "Cookie";
  public static final HeaderName ACCEPT = () -> "Accept";

  private HeaderNames() {}

  public static HeaderName create(String name) {
    return () -> name;
  }
}
