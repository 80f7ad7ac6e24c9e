package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Uni;
import java.util.function.Consumer;
import java.util.function.Function;

/** A Uni's onItem() steps, as far as the cases need them. */
public interface UniOnItem<T> {
  UniOnNull<T> ifNull();

  UniOnNotNull<T> ifNotNull();

  <R> Uni<R> transform(Function<? super T, ? extends R> mapper);

  Uni<T> invoke(Consumer<? super T> callback);

  <R> Uni<R> transformToUni(Function<? super T, Uni<? extends R>> mapper);
}
