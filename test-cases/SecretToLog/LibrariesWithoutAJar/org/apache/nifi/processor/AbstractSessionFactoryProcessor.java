package org.apache.nifi.processor;

import org.apache.nifi.logging.ComponentLog;

public abstract class AbstractSessionFactoryProcessor {
  protected final ComponentLog getLogger() {
    return null;
  }
}
