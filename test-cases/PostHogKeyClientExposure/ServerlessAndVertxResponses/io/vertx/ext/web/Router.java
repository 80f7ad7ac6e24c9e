package io.vertx.ext.web;

/** Vert.x Web's router, as far as the case needs it. */
public interface Router {
  Route get(String path);

  Route route();
}
