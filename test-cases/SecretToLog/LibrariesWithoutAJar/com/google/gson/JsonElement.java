package com.google.gson;

/** A stub of Gson's JSON value. */
public abstract class JsonElement {
  public native String getAsString();
}
