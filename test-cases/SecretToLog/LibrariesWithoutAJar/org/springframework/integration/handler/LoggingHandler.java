package org.springframework.integration.handler;

/** A stand-in for Spring Integration's logging handler (spring-integration-core has no jar here). */
public class LoggingHandler {
  public enum Level {
    FATAL,
    ERROR,
    WARN,
    INFO,
    DEBUG,
    TRACE
  }
}
