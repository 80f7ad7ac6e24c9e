package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's request. */
public interface ServerRequest {}
