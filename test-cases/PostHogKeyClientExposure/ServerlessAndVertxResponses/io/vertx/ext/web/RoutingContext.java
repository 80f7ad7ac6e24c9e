package io.vertx.ext.web;

/** Vert.x Web's routing context, as far as the case needs it (Vert.x is not on the classpath). */
public interface RoutingContext {
  io.vertx.core.http.HttpServerResponse response();

  void json(Object body);

  void redirect(String url);

  RoutingContext put(String key, Object value);

  java.util.Map<String, Object> data();
}
