import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A loop over the request's header names reaches every header, Authorization and cookies with them:
 * each value logged is a secret, whether logged at once, kept in a local first, or collected.
 */
public class EveryRequestHeader {
  private static final Logger log = LoggerFactory.getLogger(EveryRequestHeader.class);

  void enumeration(HttpServletRequest request) {
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      log.debug("{}: {}", name, request.getHeader(name)); // Noncompliant
    }
  }

  void keptInALocal(HttpServletRequest request) {
    Enumeration<String> names = request.getHeaderNames();
    while (names.hasMoreElements()) {
      String name = names.nextElement();
      String value = request.getHeader(name);
      log.debug("{}: {}", name, value.trim()); // Noncompliant
    }
  }

  void listedByCollections(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      String value = request.getHeader(name);
      log.info("header " + name + "=" + value); // Noncompliant
    }
  }

  void throughAnIterator(HttpServletRequest request) {
    Iterator<String> names = request.getHeaderNames().asIterator();
    while (names.hasNext()) {
      String name = names.next();
      log.info("{}={}", name, request.getHeader(name)); // Noncompliant
    }
  }

  void collectedIntoAMap(HttpServletRequest request) {
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, request.getHeader(name));
    }
    log.info("headers {}", headers); // Noncompliant
  }

  void filteredByAnAllowList(HttpServletRequest request) {
    Map<String, String> safe = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      if (SAFE_HEADERS.contains(name)) {
        safe.put(name, request.getHeader(name));
      }
    }
    log.info("headers {}", safe);
    Map<String, String> kept = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      if (!SENSITIVE_HEADERS.contains(name.toLowerCase())) {
        kept.put(name, request.getHeader(name));
      }
    }
    log.info("headers {}", kept);
  }

  private static final java.util.Set<String> SAFE_HEADERS = java.util.Set.of("User-Agent", "Accept");
  private static final java.util.Set<String> SENSITIVE_HEADERS = java.util.Set.of("authorization", "cookie");

  void onlyTheNames(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      log.info("header present: {}", name);
    }
  }

  void onlyTheLengths(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      String value = request.getHeader(name);
      log.info("header {} has {} characters", name, value.length());
    }
  }

  void aHeaderPickedByName(HttpServletRequest request) {
    String agent = request.getHeader("User-Agent");
    log.info("agent {}", agent.trim());
  }

  /** Headers the code cleans of their secrets before logging them: it decides what may be kept. */
  void cleanedBeforeTheLog(HttpServletRequest request, org.springframework.http.server.reactive.ServerHttpRequest reactive) {
    Map<String, String> headers = new java.util.TreeMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, request.getHeader(name));
    }
    log.debug("headers {}", headers); // Noncompliant
    headers.keySet().removeIf(name -> name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("cookie"));
    log.info("headers {}", headers);

    org.springframework.http.HttpHeaders loggable = new org.springframework.http.HttpHeaders();
    loggable.addAll(reactive.getHeaders());
    loggable.remove(org.springframework.http.HttpHeaders.AUTHORIZATION);
    loggable.remove(org.springframework.http.HttpHeaders.COOKIE);
    log.info("headers {}", loggable);
  }

  /** The first word of an Authorization header is its scheme ("Bearer"), not its credentials. */
  void scheme(HttpServletRequest request) {
    String auth = request.getHeader("Authorization");
    log.debug("scheme {}", auth == null ? "none" : auth.split(" ", 2)[0]);
    log.debug("credentials {}", auth.split(" ", 2)[1]); // Noncompliant
  }

  record Snapshot(String host, String personalApiKey) {
    Snapshot redacted() {
      return new Snapshot(host, personalApiKey.substring(0, 4) + "...");
    }
  }

  /** What a method named for redaction returns shows nothing, whatever its type could hold. */
  void redactedCopy(Snapshot snapshot) {
    log.info("snapshot {}", snapshot.redacted());
    log.info("snapshot {}", snapshot); // Noncompliant
  }

  void collectedByStreams(HttpServletRequest request) {
    Map<String, String> headers =
        Collections.list(request.getHeaderNames()).stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    java.util.function.Function.identity(), request::getHeader, (a, b) -> a));
    log.trace("headers {}", headers); // Noncompliant
    log.trace("values {}", Collections.list(request.getHeaderNames()).stream().map(request::getHeader).toList()); // Noncompliant
    Map<String, String> agents =
        Collections.list(request.getHeaderNames()).stream()
            .collect(java.util.stream.Collectors.toMap(n -> n, n -> "present"));
    log.trace("names {}", agents);
    Map<String, String> audited =
        Collections.list(request.getHeaderNames()).stream()
            .filter(h -> SAFE_HEADERS.contains(h.toLowerCase()))
            .collect(java.util.stream.Collectors.toMap(h -> h, request::getHeader, (a, b) -> a));
    log.trace("audited {}", audited);
  }

  void handedToALambda(HttpServletRequest request) {
    Collections.list(request.getHeaderNames()).forEach(h -> log.debug(h + ": " + request.getHeader(h))); // Noncompliant
    request.getHeaderNames().asIterator().forEachRemaining(n -> log.debug("{}={}", n, request.getHeader(n))); // Noncompliant
    Collections.list(request.getHeaderNames()).forEach(h -> log.debug("header {} present", h));
    Collections.list(request.getHeaderNames()).forEach(h -> {
      if (!SENSITIVE_HEADERS.contains(h.toLowerCase())) {
        log.debug("{}={}", h, request.getHeader(h));
      }
    });
    Collections.list(request.getHeaderNames()).stream()
        .filter(h -> SAFE_HEADERS.contains(h))
        .forEach(h -> log.debug("{}={}", h, request.getHeader(h)));
  }

  /** A condition that tests each name decides which headers are shown; a null check does not. */
  void pickedByACondition(HttpServletRequest request) {
    for (String name : Collections.list(request.getHeaderNames())) {
      if (SAFE_HEADERS.contains(name)) {
        log.debug("{}={}", name, request.getHeader(name));
      }
      if (name != null) {
        log.debug("{}={}", name, request.getHeader(name)); // Noncompliant
      }
      if (name.equalsIgnoreCase("Authorization")) {
        log.debug("auth {}", request.getHeader(name)); // Noncompliant
      }
      if ("Accept".equals(name)) {
        log.debug("accept {}", request.getHeader(name));
      }
    }
  }
}
