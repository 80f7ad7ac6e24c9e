package org.eclipse.core.runtime.preferences;

public final class DefaultScope {
  public static final IScopeContext INSTANCE = null;

  private DefaultScope() {}
}
