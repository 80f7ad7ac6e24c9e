package io.smallrye.mutiny;

import io.smallrye.mutiny.groups.UniCreate;
import io.smallrye.mutiny.groups.UniOnItem;
import io.smallrye.mutiny.groups.UniSubscribe;
import java.util.function.Consumer;
import java.util.function.Function;

/** Mutiny's Uni, as far as the cases need it. */
public interface Uni<T> {
  static UniCreate createFrom() {
    return new UniCreate();
  }

  UniOnItem<T> onItem();

  Uni<T> invoke(Consumer<? super T> callback);

  <R> Uni<R> chain(Function<? super T, Uni<? extends R>> mapper);

  <R> Uni<R> flatMap(Function<? super T, Uni<? extends R>> mapper);

  <R> Uni<R> map(Function<? super T, ? extends R> mapper);

  Uni<T> runSubscriptionOn(java.util.concurrent.Executor executor);

  UniSubscribe<T> subscribe();
}
