package io.vertx.core.json;

/** Vert.x's JSON object, as far as the case needs it. */
public class JsonObject {
  public JsonObject put(String key, Object value) {
    return this;
  }
}
