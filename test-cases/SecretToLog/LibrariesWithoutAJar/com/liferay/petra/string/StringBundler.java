package com.liferay.petra.string;

public class StringBundler {
  public StringBundler(int capacity) {}

  public StringBundler append(Object value) {
    return this;
  }

  public static String concat(Object... values) {
    return "";
  }

  @Override
  public String toString() {
    return "";
  }
}
