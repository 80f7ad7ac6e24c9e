package io.smallrye.mutiny.groups;

import java.util.function.Consumer;

/** A Uni's subscription, as far as the case needs it. */
public interface UniSubscribe<T> {
  void with(Consumer<? super T> onItem);
}
