package org.apache.nifi.logging;

public interface ComponentLog {
  void debug(String msg, Object... os);

  void info(String msg, Object... os);

  void warn(String msg, Object... os);
}
