package com.liferay.portal.kernel.log;

public interface Log {
  boolean isDebugEnabled();

  void debug(Object message);

  void info(Object message);

  void warn(Object message);

  void error(Object message, Throwable throwable);
}
