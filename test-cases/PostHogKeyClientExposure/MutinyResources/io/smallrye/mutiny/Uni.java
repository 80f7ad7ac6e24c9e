package io.smallrye.mutiny;

import io.smallrye.mutiny.groups.UniCreate;
import io.smallrye.mutiny.groups.UniOnItem;

/** Mutiny's Uni, as far as the case needs it. */
public interface Uni<T> {
  static UniCreate createFrom() {
    return new UniCreate();
  }

  UniOnItem<T> onItem();

  <R> Uni<R> map(java.util.function.Function<? super T, ? extends R> mapper);

  Uni<T> runSubscriptionOn(java.util.concurrent.Executor executor);
}
