package org.gradle.api;

import org.gradle.api.logging.Logger;

/** A stub of Gradle's base class of tasks. */
public abstract class DefaultTask implements Task {
  @Override
  public Logger getLogger() {
    return null;
  }

  @Override
  public Project getProject() {
    return null;
  }
}
