package org.apache.pekko.http.javadsl.model;

/** An HTTP status. */
public interface StatusCode {}
