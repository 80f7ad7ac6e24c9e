package com.typesafe.config;

/** Typesafe Config's configuration, as far as the case needs it (it is not on the test classpath). */
public interface Config {
  boolean hasPath(String path);

  String getString(String path);

  int getInt(String path);

  Config getConfig(String path);
}
