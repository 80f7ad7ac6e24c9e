package io.helidon.webserver;

import io.helidon.webserver.http.HttpRouting;
import java.util.function.Consumer;

/** Stand-in for Helidon SE 4's server configuration. */
public interface WebServerConfig {
  class Builder {
    public Builder port(int port) {
      return this;
    }

    public Builder routing(Consumer<HttpRouting.Builder> routing) {
      return this;
    }

    public WebServer build() {
      return null;
    }
  }
}
