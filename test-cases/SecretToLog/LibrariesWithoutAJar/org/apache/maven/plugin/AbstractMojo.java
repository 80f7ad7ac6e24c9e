package org.apache.maven.plugin;

import org.apache.maven.plugin.logging.Log;

/** A stub of maven-plugin-api's base class of Mojos. */
public abstract class AbstractMojo {
  public Log getLog() {
    return null;
  }

  public abstract void execute() throws Exception;
}
