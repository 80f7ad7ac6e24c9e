package org.json;

/** A stub of org.json's JSON object. */
public class JSONObject {
  public JSONObject(String source) {}

  public native Object get(String key);

  public native String getString(String key);

  public native Object opt(String key);

  public native String optString(String key);
}
