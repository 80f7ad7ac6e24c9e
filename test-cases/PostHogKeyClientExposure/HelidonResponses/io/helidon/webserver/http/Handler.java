package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's route handler. */
@FunctionalInterface
public interface Handler {
  void handle(ServerRequest req, ServerResponse res) throws Exception;
}
