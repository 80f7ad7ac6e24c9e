package spark;

/** A route: what it returns is the response's body. */
public interface Route {
  Object handle(Request request, Response response) throws Exception;
}
