package org.eclipse.jface.preference;

public interface IPreferenceStore {
  String getString(String name);

  String getDefaultString(String name);
}
