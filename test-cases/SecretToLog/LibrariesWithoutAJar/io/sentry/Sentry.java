package io.sentry;

/** A stub of Sentry's static API: events and breadcrumbs are stored by the service. */
public final class Sentry {
  public static void captureMessage(String message) {}

  public static void captureException(Throwable throwable) {}

  public static void addBreadcrumb(String message) {}

  public static void setExtra(String key, String value) {}

  public static void setTag(String key, String value) {}

  public static void configureScope(ScopeCallback callback) {}
}
