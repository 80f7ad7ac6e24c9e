package org.gradle.api;

import org.gradle.api.logging.Logger;

/** A stub of Gradle's project. */
public interface Project {
  Logger getLogger();
}
