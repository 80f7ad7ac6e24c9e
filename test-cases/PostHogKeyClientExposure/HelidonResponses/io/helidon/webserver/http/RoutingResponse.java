package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's response as a filter sees it. */
public interface RoutingResponse extends ServerResponse {}
