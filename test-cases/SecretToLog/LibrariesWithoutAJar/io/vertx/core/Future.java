package io.vertx.core;

/** Vert.x's future, as far as the case needs it. */
public interface Future<T> {
  Future<T> onSuccess(java.util.function.Consumer<T> handler);

  Future<T> onFailure(java.util.function.Consumer<Throwable> handler);

  <U> Future<U> map(java.util.function.Function<T, U> mapper);

  <U> Future<U> compose(java.util.function.Function<T, Future<U>> mapper);
}
