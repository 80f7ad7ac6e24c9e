package io.quarkus.hibernate.reactive.panache;

import io.smallrye.mutiny.Uni;

/** Hibernate Reactive Panache's entity base, as far as the case needs it. */
public abstract class PanacheEntityBase {
  public <T extends PanacheEntityBase> Uni<T> persist() {
    return null;
  }
}
