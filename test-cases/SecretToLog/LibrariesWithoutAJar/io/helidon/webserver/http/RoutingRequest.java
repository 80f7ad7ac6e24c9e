package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's request as a filter sees it. */
public interface RoutingRequest extends ServerRequest {}
