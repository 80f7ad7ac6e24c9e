package org.json;

/** org.json's JSON object, as far as the case needs it. */
public class JSONObject {
  public JSONObject put(String key, Object value) {
    return this;
  }
}
