package net.logstash.logback.marker;

/** A stub of logstash-logback-encoder's marker (an SLF4J marker that adds JSON fields). */
public interface LogstashMarker extends org.slf4j.Marker {}
