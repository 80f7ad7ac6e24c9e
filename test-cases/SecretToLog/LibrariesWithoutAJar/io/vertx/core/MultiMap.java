package io.vertx.core;

/** Vert.x's multi-map of headers, as far as the case needs it. */
public interface MultiMap {
  String get(String name);
}
