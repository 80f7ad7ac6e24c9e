package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Uni;

/** What Uni.createFrom() returns, as far as the case needs it. */
public class UniCreate {
  public <T> Uni<T> item(T item) {
    return null;
  }

  public <T> Uni<T> item(java.util.function.Supplier<? extends T> supplier) {
    return null;
  }
}
