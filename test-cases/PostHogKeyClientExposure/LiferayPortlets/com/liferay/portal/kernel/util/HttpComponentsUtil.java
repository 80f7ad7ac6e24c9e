package com.liferay.portal.kernel.util;

public final class HttpComponentsUtil {
  private HttpComponentsUtil() {}

  public static String addParameter(String url, String name, String value) {
    return url;
  }
}
