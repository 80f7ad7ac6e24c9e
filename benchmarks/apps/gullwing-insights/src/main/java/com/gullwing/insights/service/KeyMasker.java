package com.gullwing.insights.service;

/** Shows keys the way PostHog's settings page does. */
public final class KeyMasker {

  private KeyMasker() {}

  public static String mask(String key) {
    if (key == null) {
      return "<none>";
    }
    if (key.length() < 16) {
      return "********";
    }
    return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
  }
}
