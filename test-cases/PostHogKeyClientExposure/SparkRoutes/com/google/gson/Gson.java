package com.google.gson;

/** Gson, as far as the case needs it. */
public class Gson {
  public String toJson(Object value) {
    return "";
  }
}
