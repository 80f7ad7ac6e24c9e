package io.sentry;

/** A stub of Sentry's scope callback. */
public interface ScopeCallback {
  void run(IScope scope);
}
