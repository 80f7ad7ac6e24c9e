package org.apache.nifi.controller;

import org.apache.nifi.logging.ComponentLog;

public abstract class AbstractControllerService {
  protected ComponentLog getLogger() {
    return null;
  }
}
