package filters;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import play.mvc.Http;

/** What a Play request carries: its Authorization header and its session cookie. */
public class AccessLog {
  private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

  void log(Http.Request request) {
    Optional<String> authorization = request.header("Authorization");
    authorization.ifPresent(value -> LOG.debug("{} Authorization: {}", request.uri(), value)); // Noncompliant
    LOG.debug("{} authenticated: {}", request.uri(), authorization.isPresent());
    String session = request.getCookie(SessionNames.COOKIE).map(Http.Cookie::value).orElse("");
    MDC.put("session", session); // Noncompliant
    LOG.trace("session {}", request.getCookie(SessionNames.COOKIE).get().value()); // Noncompliant
    MDC.put("requestId", request.header(SessionNames.REQUEST_ID).orElse("-"));
  }

  void serverError(Http.RequestHeader request, Throwable exception) {
    String sessionCookie = request.cookies().get("PLAY_SESSION").map(Http.Cookie::value).orElse("none");
    LOG.error("error on {} (session cookie {})", request.uri(), sessionCookie, exception); // Noncompliant
    LOG.error("error on {} (theme {})", request.uri(), request.cookies().get("theme").map(Http.Cookie::value).orElse("-"));
  }
}
