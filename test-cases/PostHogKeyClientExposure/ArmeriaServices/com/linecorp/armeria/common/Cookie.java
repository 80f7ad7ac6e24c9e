package com.linecorp.armeria.common;

/** A cookie. */
public interface Cookie {
  static Cookie of(String name, String value) {
    return null;
  }

  static Cookie ofSecure(String name, String value) {
    return null;
  }

  static CookieBuilder builder(String name, String value) {
    return null;
  }

  static CookieBuilder secureBuilder(String name, String value) {
    return null;
  }

  /** Builds a cookie. */
  interface CookieBuilder {
    CookieBuilder path(String path);

    Cookie build();
  }
}
