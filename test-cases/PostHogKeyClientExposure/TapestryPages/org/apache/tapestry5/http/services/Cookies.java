package org.apache.tapestry5.http.services;

public interface Cookies {
  void writeCookieValue(String name, String value);
}
