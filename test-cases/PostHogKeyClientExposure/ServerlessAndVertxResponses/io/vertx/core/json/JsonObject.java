package io.vertx.core.json;

/** Vert.x's JSON object, as far as the case needs it. */
public class JsonObject {
  public static native JsonObject mapFrom(Object value);

  public JsonObject put(String key, Object value) {
    return this;
  }

  public String encode() {
    return "{}";
  }
}
