package org.json;

/** A stub of org.json's JSON array. */
public class JSONArray {
  public native JSONArray put(Object value);
}
