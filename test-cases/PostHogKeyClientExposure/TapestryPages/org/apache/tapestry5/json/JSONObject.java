package org.apache.tapestry5.json;

public final class JSONObject {
  public JSONObject(Object... keysAndValues) {}

  public JSONObject put(String key, Object value) {
    return this;
  }
}
