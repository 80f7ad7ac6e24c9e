import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.util.WebUtils;

/** A cookie looked up by its name holds the session when the name is a session cookie's. */
public class CookiesLookedUpByName {
  private static final Logger log = LoggerFactory.getLogger(CookiesLookedUpByName.class);

  void webFluxFilter(ServerHttpRequest request) {
    Optional.ofNullable(request.getCookies().getFirst("SESSION"))
        .map(HttpCookie::getValue)
        .ifPresent(value -> log.debug("session cookie {}", value)); // Noncompliant
    HttpCookie theme = request.getCookies().getFirst("theme");
    log.debug("theme {}", theme.getValue());
    log.debug("cookies {}", request.getCookies()); // Noncompliant
    log.debug("{} cookies named {}", request.getCookies().size(), request.getCookies().keySet());
  }

  void functionalHandler(ServerRequest request) {
    HttpCookie session = request.cookies().getFirst("SESSION");
    log.debug("cookie {}", session.getValue()); // Noncompliant
    log.debug("{} session cookies", request.cookies().get("SESSION").size());
  }

  /** A JAX-RS filter's cookies by name; a store keyed by session ids hands out its users only. */
  private static final java.util.Map<String, String> USERS_BY_SESSION = new java.util.HashMap<>();

  void jaxRsFilter(jakarta.ws.rs.container.ContainerRequestContext context, javax.ws.rs.container.ContainerRequestContext legacy, String sessionId, String user) {
    USERS_BY_SESSION.put(sessionId, user);
    jakarta.ws.rs.core.Cookie cookie = context.getCookies().get("FLAGDESK_SESSION");
    log.warn("unknown session {}", cookie.getValue()); // Noncompliant
    log.debug("session of {}", USERS_BY_SESSION.get(cookie.getValue()));
    log.debug("session {}", legacy.getCookies().get("JSESSIONID").getValue()); // Noncompliant
    log.debug("theme {}", context.getCookies().get("theme").getValue());
  }

  void servlet(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, "JSESSIONID");
    if (cookie != null) {
      log.info("jsessionid {}", cookie.getValue()); // Noncompliant
    }
    Cookie locale = WebUtils.getCookie(request, "locale");
    log.info("locale {}", locale == null ? "default" : locale.getValue());
  }

  /** A helper of the file that finds a cookie by the name it is given; a remembered login's. */
  void rememberMe(HttpServletRequest request) {
    Cookie remember = findCookie(request, REMEMBER_ME_COOKIE);
    if (remember != null) {
      log.trace("remember-me login with {}", remember.getValue()); // Noncompliant
    }
    Cookie theme = findCookie(request, "theme");
    log.trace("theme {}", theme == null ? "default" : theme.getValue());
  }

  private static final String REMEMBER_ME_COOKIE = "BW_REMEMBER";

  private static Cookie findCookie(HttpServletRequest request, String name) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      if (name.equals(cookie.getName())) {
        return cookie;
      }
    }
    return null;
  }
}
