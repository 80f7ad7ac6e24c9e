package net.logstash.logback.argument;

/** A stub of logstash-logback-encoder's structured argument. */
public interface StructuredArgument {}
