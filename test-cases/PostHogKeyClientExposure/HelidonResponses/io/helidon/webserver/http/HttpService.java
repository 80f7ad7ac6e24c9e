package io.helidon.webserver.http;

/** Stand-in for Helidon SE 4's service. */
public interface HttpService {
  void routing(HttpRules rules);
}
