package io.vertx.core.http;

/** Vert.x's server response, as far as the case needs it. */
public interface HttpServerResponse {
  HttpServerResponse setStatusCode(int code);

  HttpServerResponse putHeader(String name, String value);

  void end(String body);

  HttpServerResponse addCookie(Cookie cookie);
}
