package io.helidon.http;

/** Stand-in for Helidon SE 4's header. */
public interface Header {
  String name();

  String values();
}
