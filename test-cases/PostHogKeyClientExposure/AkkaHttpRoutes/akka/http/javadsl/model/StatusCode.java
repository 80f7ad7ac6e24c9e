package akka.http.javadsl.model;

/** An HTTP status. */
public interface StatusCode {}
