package io.github.posthogguard.cli;

/** ANSI styling for the text report, or none at all. */
public final class Colors {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String RED = "\u001B[31m";
  private static final String GREEN = "\u001B[32m";
  private static final String YELLOW = "\u001B[33m";
  private static final String CYAN = "\u001B[36m";

  private final boolean enabled;

  private Colors(boolean enabled) {
    this.enabled = enabled;
  }

  public static Colors none() {
    return new Colors(false);
  }

  /**
   * Decides for {@code --color}. In auto mode, colour goes only to a terminal: the report goes to
   * stdout, a console is attached, {@code NO_COLOR} is unset or empty (no-color.org) and {@code
   * TERM} is not {@code dumb}.
   */
  public static Colors of(ColorMode mode, Environment environment, boolean toStdout) {
    return new Colors(
        switch (mode) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> toStdout && isColorTerminal(environment);
        });
  }

  private static boolean isColorTerminal(Environment environment) {
    String noColor = environment.variable("NO_COLOR");
    return environment.consolePresent()
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(environment.variable("TERM"));
  }

  public boolean enabled() {
    return enabled;
  }

  public String bold(String text) {
    return style(BOLD, text);
  }

  public String red(String text) {
    return style(BOLD + RED, text);
  }

  public String green(String text) {
    return style(GREEN, text);
  }

  public String yellow(String text) {
    return style(YELLOW, text);
  }

  public String cyan(String text) {
    return style(CYAN, text);
  }

  private String style(String code, String text) {
    return enabled ? code + text + RESET : text;
  }
}
