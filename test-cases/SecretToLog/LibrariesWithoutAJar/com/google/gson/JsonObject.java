package com.google.gson;

/** A stub of Gson's JSON object. */
public class JsonObject extends JsonElement {
  public native JsonElement get(String memberName);

  public native void addProperty(String property, String value);

  public native void add(String property, JsonElement value);

  public native JsonPrimitive getAsJsonPrimitive(String memberName);
}
