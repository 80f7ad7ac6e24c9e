package io.helidon.webserver;

/** Stand-in for Helidon SE 4's server. */
public interface WebServer {
  static WebServerConfig.Builder builder() {
    return new WebServerConfig.Builder();
  }
}
