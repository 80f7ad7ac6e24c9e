package io.undertow.server.handlers;

/** A response cookie. */
public class CookieImpl implements Cookie {
  public CookieImpl(String name, String value) {}

  public String getName() {
    return null;
  }

  public String getValue() {
    return null;
  }
}
