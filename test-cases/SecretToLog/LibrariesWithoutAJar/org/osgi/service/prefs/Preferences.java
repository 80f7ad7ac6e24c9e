package org.osgi.service.prefs;

public interface Preferences {
  String get(String key, String def);

  void put(String key, String value);
}
