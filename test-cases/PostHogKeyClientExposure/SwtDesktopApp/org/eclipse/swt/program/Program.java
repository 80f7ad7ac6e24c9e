package org.eclipse.swt.program;

/** A stand-in for SWT's program launcher. */
public final class Program {
  public static boolean launch(String fileOrUrl) {
    return true;
  }
}
