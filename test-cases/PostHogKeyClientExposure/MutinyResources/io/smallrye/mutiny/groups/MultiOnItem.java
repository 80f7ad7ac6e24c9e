package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Multi;
import java.util.function.Consumer;
import java.util.function.Function;

/** A Multi's onItem() steps, as far as the case needs them. */
public interface MultiOnItem<T> {
  <R> Multi<R> transform(Function<? super T, ? extends R> mapper);

  Multi<T> invoke(Consumer<? super T> callback);
}
