package org.json;

/** A stub of org.json's JSON object. */
public class JSONObject {
  public JSONObject() {}

  public JSONObject(String source) {}

  public native JSONObject put(String key, Object value);

  public native JSONObject putOpt(String key, Object value);

  public native JSONObject accumulate(String key, Object value);

  public native JSONObject append(String key, Object value);

  public native Object get(String key);

  public native String getString(String key);

  public native Object opt(String key);

  public native String optString(String key);

  public native String optString(String key, String fallback);
}
