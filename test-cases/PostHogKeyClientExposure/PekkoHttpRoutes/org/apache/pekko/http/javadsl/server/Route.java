package org.apache.pekko.http.javadsl.server;

/** A Pekko HTTP route, as far as the case needs it. */
public interface Route {}
