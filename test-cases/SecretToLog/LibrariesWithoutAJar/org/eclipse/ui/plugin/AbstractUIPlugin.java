package org.eclipse.ui.plugin;

import org.eclipse.jface.preference.IPreferenceStore;

public abstract class AbstractUIPlugin extends org.eclipse.core.runtime.Plugin {
  public IPreferenceStore getPreferenceStore() {
    return null;
  }
}
