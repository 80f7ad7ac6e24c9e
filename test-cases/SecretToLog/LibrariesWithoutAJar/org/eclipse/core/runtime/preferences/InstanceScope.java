package org.eclipse.core.runtime.preferences;

public final class InstanceScope {
  public static final IScopeContext INSTANCE = null;

  private InstanceScope() {}
}
