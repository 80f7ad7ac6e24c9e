package io.vertx.core.json;

/** Vert.x's JSON object, as far as the case needs it. */
public class JsonObject {
  public JsonObject put(String key, Object value) {
    return this;
  }

  public native JsonObject copy();

  public native String getString(String key);

  public native Object getValue(String key);

  public String encode() {
    return "{}";
  }

  public String encodePrettily() {
    return "{}";
  }
}
