package io.smallrye.mutiny.groups;

import io.smallrye.mutiny.Multi;

/** What Multi.createFrom() returns, as far as the case needs it. */
public class MultiCreate {
  @SafeVarargs
  public final <T> Multi<T> items(T... items) {
    return null;
  }
}
