package io.github.posthogguard.cli;

/** When the text report uses colour: {@code --color=auto|always|never}. */
public enum ColorMode {
  AUTO,
  ALWAYS,
  NEVER
}
