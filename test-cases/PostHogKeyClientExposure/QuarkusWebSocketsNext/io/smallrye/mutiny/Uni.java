package io.smallrye.mutiny;

/** Mutiny's Uni, as far as the case needs it. */
public interface Uni<T> {}
