package org.apache.pekko.http.javadsl.model;

/** A URI. */
public abstract class Uri {
  public static Uri create(String uri) {
    return null;
  }
}
