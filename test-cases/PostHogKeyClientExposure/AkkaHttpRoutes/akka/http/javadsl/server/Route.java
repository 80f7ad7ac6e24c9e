package akka.http.javadsl.server;

/** A Akka HTTP route, as far as the case needs it. */
public interface Route {}
