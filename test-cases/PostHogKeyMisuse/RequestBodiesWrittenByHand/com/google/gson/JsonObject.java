package com.google.gson;

/** Gson's JSON object, as far as the case needs it. */
public class JsonObject {
  public void addProperty(String property, String value) {}
}
