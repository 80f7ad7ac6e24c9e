package io.smallrye.mutiny;

import io.smallrye.mutiny.groups.MultiCreate;
import io.smallrye.mutiny.groups.MultiOnItem;

/** Mutiny's Multi, as far as the case needs it. */
public interface Multi<T> {
  static MultiCreate createFrom() {
    return new MultiCreate();
  }

  MultiOnItem<T> onItem();

  <R> Multi<R> map(java.util.function.Function<? super T, ? extends R> mapper);
}
