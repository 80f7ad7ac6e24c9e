package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Uni;
import java.util.function.Consumer;
import java.util.function.Function;

/** What a Uni does with an item that is not null, as far as the case needs it. */
public interface UniOnNotNull<T> {
  Uni<T> invoke(Consumer<? super T> callback);

  <R> Uni<R> transformToUni(Function<? super T, Uni<? extends R>> mapper);
}
