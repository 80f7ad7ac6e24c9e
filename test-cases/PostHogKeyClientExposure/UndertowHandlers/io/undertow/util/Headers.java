package io.undertow.util;

/** Header names. */
public final class Headers {
  public static final HttpString AUTHORIZATION = new HttpString("Authorization");
  public static final HttpString COOKIE = new HttpString("Cookie");
  public static final HttpString LOCATION = new HttpString("Location");
  public static final HttpString CONTENT_TYPE = new HttpString("Content-Type");
}
