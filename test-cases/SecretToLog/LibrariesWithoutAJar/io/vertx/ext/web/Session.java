package io.vertx.ext.web;

/** Vert.x Web's session, as far as the case needs it. */
public interface Session {
  String id();

  Object get(String key);
}
