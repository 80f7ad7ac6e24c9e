package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/** What a Uni does when its item is null, as far as the case needs it. */
public interface UniOnNull<T> {
  Uni<T> failWith(Supplier<? extends Throwable> failure);

  Uni<T> continueWith(T fallback);
}
