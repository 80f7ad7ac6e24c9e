package com.google.gson;

/** A stub of Gson's JSON array. */
public class JsonArray extends JsonElement {
  public native void add(String value);
}
