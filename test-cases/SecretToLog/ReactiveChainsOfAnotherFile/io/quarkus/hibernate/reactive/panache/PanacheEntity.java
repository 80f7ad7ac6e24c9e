package io.quarkus.hibernate.reactive.panache;

/** An entity with a generated id, as far as the case needs it. */
public abstract class PanacheEntity extends PanacheEntityBase {
  public Long id;
}
