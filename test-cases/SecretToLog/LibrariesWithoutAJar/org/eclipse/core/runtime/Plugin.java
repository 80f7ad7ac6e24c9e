package org.eclipse.core.runtime;

public abstract class Plugin {
  public final ILog getLog() {
    return null;
  }
}
