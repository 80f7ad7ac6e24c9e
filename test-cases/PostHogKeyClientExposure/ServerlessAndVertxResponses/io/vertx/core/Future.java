package io.vertx.core;

/** A stub of Vert.x's future. */
public interface Future<T> {
  Future<T> onSuccess(java.util.function.Consumer<T> handler);
}
