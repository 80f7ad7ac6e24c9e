package io.undertow.util;

/** A header's name. */
public final class HttpString {
  public HttpString(String name) {}
}
