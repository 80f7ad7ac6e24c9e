package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's routing rules. */
public interface HttpRules {
  HttpRules get(String path, Handler... handlers);
}
