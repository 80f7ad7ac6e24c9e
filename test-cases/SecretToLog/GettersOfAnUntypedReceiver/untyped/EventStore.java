package untyped;

/** The outbox's events: the type of what it finds is bound here, in another file. */
public interface EventStore extends Store<OutboxEvent> {}
