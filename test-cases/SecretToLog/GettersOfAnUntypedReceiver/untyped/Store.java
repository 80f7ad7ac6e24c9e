package untyped;

import java.util.Optional;

/** A store of entities by id, as a data-access library declares one. */
public interface Store<T> {
  Optional<T> find(long id);
}
