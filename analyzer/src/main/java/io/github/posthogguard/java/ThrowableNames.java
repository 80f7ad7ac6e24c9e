package io.github.posthogguard.java;

/**
 * Whether a type is an exception by the convention of its name ({@code …Exception}, {@code …Error},
 * {@code Throwable}): how a library's exception is told when its class file is not at hand.
 */
public final class ThrowableNames {
  private ThrowableNames() {}

  /** Whether {@code name}, simple or qualified, is named as a {@link Throwable}. */
  public static boolean namedAsThrowable(String name) {
    return name.endsWith("Exception")
        || name.endsWith("Error")
        || name.equals("Throwable")
        || name.endsWith(".Throwable");
  }
}
