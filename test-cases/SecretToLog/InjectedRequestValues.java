import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Parameters a web framework fills from the request: the credential headers, every header at once,
 * the session cookie. Other headers and cookies, and what only their presence tells, are fine.
 */
@RestController
public class InjectedRequestValues {
  private static final Logger log = LoggerFactory.getLogger(InjectedRequestValues.class);

  @GetMapping("/spring")
  String spring(
      @RequestHeader("Authorization") String auth,
      @RequestHeader(value = HttpHeaders.PROXY_AUTHORIZATION, required = false) String proxy,
      @RequestHeader String authorization,
      @RequestHeader("User-Agent") String agent,
      @RequestHeader Map<String, String> every,
      @RequestHeader HttpHeaders headers,
      @CookieValue("JSESSIONID") String session,
      @CookieValue(name = "theme", required = false) String theme) {
    log.info("auth {}", auth); // Noncompliant
    log.info("proxy {}", proxy); // Noncompliant
    log.info("auth {}", authorization); // Noncompliant
    log.info("headers {}", every); // Noncompliant
    log.info("headers {}", headers); // Noncompliant
    log.info("session {}", session); // Noncompliant
    log.info("agent {}", agent);
    log.info("theme {}", theme);
    log.info("authenticated: {}", auth != null);
    log.info("agent {}", headers.getFirst(HttpHeaders.USER_AGENT));
    return "ok";
  }

  @jakarta.ws.rs.GET
  String jaxrs(
      @jakarta.ws.rs.HeaderParam("Authorization") String auth,
      @jakarta.ws.rs.HeaderParam("X-Request-Id") String requestId,
      @jakarta.ws.rs.CookieParam("SESSION") String session,
      @javax.ws.rs.HeaderParam("Cookie") String cookies) {
    log.info("auth {}", auth); // Noncompliant
    log.info("session {}", session); // Noncompliant
    log.info("cookies {}", cookies); // Noncompliant
    log.info("request {}", requestId);
    return "ok";
  }

  @jakarta.ws.rs.GET
  String namedByTheCookie(
      @jakarta.ws.rs.CookieParam("session_id") String sid,
      @jakarta.ws.rs.CookieParam("theme") String sessionTheme,
      @jakarta.ws.rs.HeaderParam("X-Request-Id") String sessionToken) {
    log.info("widget for {}", sid); // Noncompliant
    log.info("theme {} request {}", sessionTheme, sessionToken);
    return "ok";
  }

  String micronaut(
      @io.micronaut.http.annotation.Header("Authorization") String auth,
      @io.micronaut.http.annotation.Header("Accept-Language") String language,
      @io.micronaut.http.annotation.CookieValue("SESSION") String session) {
    log.info("auth {}", auth); // Noncompliant
    log.info("session {}", session); // Noncompliant
    log.info("language {}", language);
    return "ok";
  }
}
