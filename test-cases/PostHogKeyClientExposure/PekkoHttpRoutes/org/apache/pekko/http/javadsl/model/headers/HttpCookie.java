package org.apache.pekko.http.javadsl.model.headers;

/** A response cookie. */
public abstract class HttpCookie {
  public static HttpCookie create(String name, String value) {
    return null;
  }

  public abstract HttpCookie withPath(String path);

  public abstract HttpCookie withSecure(boolean secure);

  public abstract HttpCookie withHttpOnly(boolean httpOnly);
}
