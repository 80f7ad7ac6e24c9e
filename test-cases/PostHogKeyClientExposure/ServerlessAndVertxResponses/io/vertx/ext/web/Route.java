package io.vertx.ext.web;

import java.util.function.Consumer;

/** Vert.x Web's route, as far as the case needs it. */
public interface Route {
  Route produces(String contentType);

  Route handler(Consumer<RoutingContext> handler);

  Route failureHandler(Consumer<RoutingContext> handler);
}
