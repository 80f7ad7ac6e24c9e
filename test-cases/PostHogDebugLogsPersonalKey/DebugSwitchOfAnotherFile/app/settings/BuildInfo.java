package app.settings;

/** Switches fixed when the application is built. */
public final class BuildInfo {
  public static final boolean SDK_DEBUG = true;
  public static final boolean VERBOSE = !SDK_DEBUG;
  public static final Boolean TRACING = Boolean.FALSE;

  private BuildInfo() {}
}
