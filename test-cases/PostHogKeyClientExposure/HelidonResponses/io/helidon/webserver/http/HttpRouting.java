package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's routing. */
public interface HttpRouting {
  interface Builder {
    Builder register(String path, HttpService... services);

    <T extends Throwable> Builder error(Class<T> type, ErrorHandler<? super T> handler);
  }
}
