package spark;

/** A filter run before or after the routes. */
public interface Filter {
  void handle(Request request, Response response) throws Exception;
}
