package org.apache.pekko.actor.typed.javadsl;

/** A typed actor's context, as far as the case needs it. */
public interface ActorContext<T> {
  org.slf4j.Logger getLog();
}
