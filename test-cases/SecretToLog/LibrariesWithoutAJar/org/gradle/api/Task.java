package org.gradle.api;

import org.gradle.api.logging.Logger;

/** A stub of Gradle's task. */
public interface Task {
  Logger getLogger();

  Project getProject();
}
