package io.smallrye.mutiny;

import io.smallrye.mutiny.groups.UniCreate;

/** Mutiny's Uni, as far as the case needs it. */
public interface Uni<T> {
  static UniCreate createFrom() {
    return new UniCreate();
  }
}
