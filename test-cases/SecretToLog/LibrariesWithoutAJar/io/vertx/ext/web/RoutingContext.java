package io.vertx.ext.web;

/** Vert.x Web's routing context, as far as the case needs it. */
public interface RoutingContext {
  io.vertx.core.http.HttpServerRequest request();

  io.vertx.core.http.HttpServerResponse response();

  Session session();

  void json(Object body);
}
