package net.sf.json;

/** A stand-in for json-lib's JSONObject (Jenkins's JSON): a bean's properties as JSON. */
public final class JSONObject {
  public static native JSONObject fromObject(Object bean);
}
