package natsworker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the settings of another file, whole and by their accessors. */
public final class WorkerMain {
  private static final Logger log = LoggerFactory.getLogger(WorkerMain.class);

  static void start(WorkerSettings settings) {
    log.info("starting with {}", settings); // Noncompliant
    log.info("subscribed on stream {}", settings.stream());
    log.info("subjects {}", settings.values());
    log.info("token {}", settings.get()); // Noncompliant
  }
}
