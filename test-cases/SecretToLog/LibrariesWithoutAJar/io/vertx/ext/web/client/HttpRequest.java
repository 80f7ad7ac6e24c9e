package io.vertx.ext.web.client;

/** The request of Vert.x's web client, as far as the case needs it. */
public interface HttpRequest<T> {
  HttpRequest<T> bearerTokenAuthentication(String token);

  io.vertx.core.MultiMap headers();

  String uri();
}
