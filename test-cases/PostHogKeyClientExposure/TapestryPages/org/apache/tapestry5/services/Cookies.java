package org.apache.tapestry5.services;

public interface Cookies {
  String readCookieValue(String name);

  void writeCookieValue(String name, String value);
}
