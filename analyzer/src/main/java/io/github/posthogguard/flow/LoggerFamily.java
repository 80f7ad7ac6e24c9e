package io.github.posthogguard.flow;

import java.util.List;
import java.util.Set;

/**
 * A logging API: the types that identify a receiver as one of its loggers, the methods that write,
 * and whether it logs through fluent chains ({@code log.atInfo().addArgument(x).log()}).
 */
enum LoggerFamily {
  SLF4J(
      "SLF4J",
      List.of("org.slf4j.Logger", "ch.qos.logback.classic.Logger", "org.slf4j.ext.XLogger"),
      Set.of("trace", "debug", "info", "warn", "error", "entry", "exit", "throwing", "catching"),
      true),
  LOG4J2(
      "Log4j 2",
      List.of("org.apache.logging.log4j.Logger", "org.apache.logging.log4j.spi.ExtendedLogger"),
      Set.of(
          "trace",
          "debug",
          "info",
          "warn",
          "error",
          "fatal",
          "log",
          "printf",
          "entry",
          "traceEntry",
          "traceExit",
          "logMessage",
          "catching",
          "throwing"),
      true),
  LOG4J1(
      "Log4j 1",
      List.of("org.apache.log4j.Logger", "org.apache.log4j.Category"),
      Set.of(
          "trace",
          "debug",
          "info",
          "warn",
          "error",
          "fatal",
          "log",
          "l7dlog",
          "forcedLog",
          "assertLog"),
      false),
  JUL(
      "java.util.logging",
      List.of("java.util.logging.Logger"),
      Set.of(
          "severe",
          "warning",
          "info",
          "config",
          "fine",
          "finer",
          "finest",
          "log",
          "logp",
          "logrb",
          "entering",
          "exiting"),
      false),
  SYSTEM_LOGGER("System.Logger", List.of("java.lang.System.Logger"), Set.of("log"), false),
  COMMONS(
      "Commons Logging",
      List.of("org.apache.commons.logging.Log"),
      Set.of("trace", "debug", "info", "warn", "error", "fatal"),
      false),
  JBOSS(
      "JBoss Logging",
      List.of("org.jboss.logging.Logger", "org.jboss.logging.BasicLogger"),
      Set.of(
          "trace", "debug", "info", "warn", "error", "fatal", "tracef", "debugf", "infof", "warnf",
          "errorf", "fatalf", "tracev", "debugv", "infov", "warnv", "errorv", "fatalv", "log",
          "logf", "logv"),
      false),
  FLOGGER(
      "Flogger",
      List.of("com.google.common.flogger.FluentLogger", "com.google.common.flogger.GoogleLogger"),
      Set.of(),
      true),
  TINYLOG(
      "tinylog",
      List.of("org.tinylog.TaggedLogger", "org.tinylog.Logger", "org.pmw.tinylog.Logger"),
      Set.of("trace", "debug", "info", "warn", "error"),
      false),
  SCIJAVA(
      "SciJava",
      List.of("org.scijava.log.Logger"),
      Set.of("trace", "debug", "info", "warn", "error", "log", "alwaysLog"),
      false),
  ANDROID(
      "Android Log",
      List.of("android.util.Log"),
      Set.of("v", "d", "i", "w", "e", "wtf", "println"),
      false),
  TIMBER(
      "Timber",
      List.of("timber.log.Timber", "timber.log.Timber.Tree", "timber.log.Timber.Forest"),
      Set.of("v", "d", "i", "w", "e", "wtf", "log"),
      false),
  QUARKUS(
      "Quarkus Log",
      List.of("io.quarkus.logging.Log"),
      Set.of(
          "trace", "debug", "info", "warn", "error", "fatal", "tracef", "debugf", "infof", "warnf",
          "errorf", "fatalf", "tracev", "debugv", "infov", "warnv", "errorv", "fatalv", "log",
          "logf", "logv"),
      false),
  CXF("CXF LogUtils", List.of("org.apache.cxf.common.logging.LogUtils"), Set.of("log"), false),
  CONSOLE(
      "the console",
      List.of("java.io.PrintStream", "java.io.PrintWriter"),
      Set.of("print", "println", "printf", "format", "write", "append"),
      false),
  /** A team's own logger types, from the options: every method writes. */
  CUSTOM("a logger", List.of(), Set.of(), false);

  /** Calls of a fluent chain that carry a message or an argument to the log. */
  static final Set<String> FLUENT_WRITES =
      Set.of("log", "logVarargs", "setMessage", "addArgument", "addKeyValue", "withCause");

  private final String display;
  private final List<String> types;
  private final Set<String> writes;
  private final boolean fluent;

  LoggerFamily(String display, List<String> types, Set<String> writes, boolean fluent) {
    this.display = display;
    this.types = types;
    this.writes = writes;
    this.fluent = fluent;
  }

  String display() {
    return display;
  }

  List<String> types() {
    return types;
  }

  boolean writesWith(String method) {
    return this == CUSTOM || writes.contains(method);
  }

  boolean fluent() {
    return fluent;
  }
}
