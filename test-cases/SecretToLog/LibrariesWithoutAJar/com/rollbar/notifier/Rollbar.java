package com.rollbar.notifier;

import java.util.Map;

/** A stub of Rollbar's notifier: what it is given is stored by the service. */
public class Rollbar {
  public void error(Throwable error, Map<String, Object> custom, String description) {}

  public void error(String message) {}

  public void warning(String message, Map<String, Object> custom) {}

  public void info(String message) {}
}
