package com.liferay.portal.kernel.json;

public final class JSONUtil {
  private JSONUtil() {}

  public static JSONObject put(String key, Object value) {
    return null;
  }
}
