package org.apache.hadoop.conf;

/** Hadoop's configuration, as far as the case needs it (Hadoop is not on the test classpath). */
public class Configuration {
  public String get(String name) {
    return null;
  }

  public String get(String name, String defaultValue) {
    return defaultValue;
  }

  public String getTrimmed(String name) {
    return null;
  }

  public String getTrimmed(String name, String defaultValue) {
    return defaultValue;
  }

  public String getRaw(String name) {
    return null;
  }

  public char[] getPassword(String name) {
    return null;
  }
}
