package io.sentry;

/** A stub of the base of Sentry's events. */
public abstract class SentryBaseEvent {
  public void setExtra(String key, Object value) {}

  public void setTag(String key, String value) {}
}
