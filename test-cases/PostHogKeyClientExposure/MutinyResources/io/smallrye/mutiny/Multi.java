package io.smallrye.mutiny;

import io.smallrye.mutiny.groups.MultiCreate;

/** Mutiny's Multi, as far as the case needs it. */
public interface Multi<T> {
  static MultiCreate createFrom() {
    return new MultiCreate();
  }
}
