package org.eclipse.equinox.security.storage;

public interface ISecurePreferences {
  String get(String key, String def) throws StorageException;
}
