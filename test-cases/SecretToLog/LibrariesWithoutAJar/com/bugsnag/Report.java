package com.bugsnag;

/** A stub of a Bugsnag error report: its metadata tabs are stored by the service. */
public class Report {
  public Report addToTab(String tab, String key, Object value) {
    return this;
  }

  public Report setContext(String context) {
    return this;
  }
}
