package io.sentry;

/** A stub of Sentry's scope: what it holds goes with every event. */
public interface IScope {
  void setExtra(String key, String value);

  void setTag(String key, String value);

  void setContexts(String key, Object value);
}
