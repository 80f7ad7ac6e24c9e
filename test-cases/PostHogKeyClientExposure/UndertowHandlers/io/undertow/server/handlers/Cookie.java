package io.undertow.server.handlers;

/** A cookie. */
public interface Cookie {
  String getName();

  String getValue();
}
