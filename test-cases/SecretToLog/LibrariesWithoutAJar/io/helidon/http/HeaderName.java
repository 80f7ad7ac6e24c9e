package io.helidon.http;

/** Stand-in for Helidon SE 4's header name. */
public interface HeaderName {
  String defaultCase();
}
