package io.undertow.util;

/** Undertow's headers, as far as the case needs them. */
public class HeaderMap {
  public String getFirst(HttpString name) {
    return null;
  }

  public String getFirst(String name) {
    return null;
  }

  public HeaderMap put(HttpString name, String value) {
    return this;
  }

  public HeaderMap add(HttpString name, String value) {
    return this;
  }
}
