package org.apache.pekko.http.javadsl.model.headers;

/** A header by its name and value. */
public abstract class RawHeader {
  public static RawHeader create(String name, String value) {
    return null;
  }
}
