package org.apache.pekko.actor.typed.javadsl;

/** A typed actor's behaviour, as far as the case needs it. */
public abstract class AbstractBehavior<T> {
  public ActorContext<T> getContext() {
    return null;
  }
}
