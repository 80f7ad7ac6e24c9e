package gg.emberforge.flagsync.web;

import com.sun.net.httpserver.HttpExchange;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory sessions of the admin panel, keyed by the value of the flagsync_session cookie. */
public final class PanelSessions {

  public static final String COOKIE_NAME = "flagsync_session";
  private static final Duration TTL = Duration.ofHours(8);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

  public String create() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(id, Instant.now().plus(TTL));
    return id;
  }

  public boolean isValid(String id) {
    Instant expiry = id == null ? null : expiries.get(id);
    return expiry != null && expiry.isAfter(Instant.now());
  }

  /** The session cookie's value from the request's Cookie header, or {@code null}. */
  public static String sessionIdFrom(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Cookie");
    if (header == null) {
      return null;
    }
    for (String part : header.split(";")) {
      String[] kv = part.trim().split("=", 2);
      if (kv.length == 2 && kv[0].equals(COOKIE_NAME)) {
        return kv[1];
      }
    }
    return null;
  }
}
