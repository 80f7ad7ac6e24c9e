package app;

import io.vertx.core.logging.Logger;
import io.vertx.core.logging.LoggerFactory;

/** Vert.x's own logger writes through the application's logging backend. */
public class VertxLoggerLogs {
  private static final Logger LOG = LoggerFactory.getLogger(VertxLoggerLogs.class);

  void started(io.vertx.config.ConfigRetriever retriever, String personalApiKey) {
    LOG.info("started with key " + personalApiKey); // Noncompliant
    if (LOG.isDebugEnabled()) {
      retriever.getConfig().onSuccess(conf -> LOG.debug("configuration " + conf.encodePrettily())); // Noncompliant
    }
    LoggerFactory.getLogger(VertxLoggerLogs.class).info("key set: " + (personalApiKey != null));
  }
}
