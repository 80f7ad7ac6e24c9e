package io.vertx.core.http;

/** Vert.x's server request, as far as the case needs it (Vert.x is not on the test classpath). */
public interface HttpServerRequest {
  String getHeader(String name);

  String getHeader(CharSequence name);

  java.util.Map<String, String> headers();

  Cookie getCookie(String name);

  String path();
}
