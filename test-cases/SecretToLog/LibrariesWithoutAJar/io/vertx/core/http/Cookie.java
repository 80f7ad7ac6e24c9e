package io.vertx.core.http;

/** Vert.x's cookie, as far as the case needs it. */
public interface Cookie {
  String getName();

  String getValue();
}
