package io.vertx.core.json;

/** Vert.x's JSON codec, as far as the case needs it. */
public final class Json {
  public static native String encode(Object value);
}
