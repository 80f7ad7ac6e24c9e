package io.sentry;

/** A stub of a Sentry breadcrumb. */
public class Breadcrumb {
  public void setMessage(String message) {}

  public void setData(String key, Object value) {}
}
