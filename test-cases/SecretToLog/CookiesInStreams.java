import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Cookies picked in a stream: the element the lambdas get is a cookie, filtered by its name or not. */
public class CookiesInStreams {
  private static final Logger log = LoggerFactory.getLogger(CookiesInStreams.class);

  void sessionCookie(HttpServletRequest request) {
    Cookie[] cookies = Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]);
    Arrays.stream(cookies)
        .filter(cookie -> "JSESSIONID".equals(cookie.getName()))
        .findFirst()
        .ifPresent(cookie -> log.trace("session {}", cookie.getValue())); // Noncompliant
  }

  void everyCookie(HttpServletRequest request) {
    Arrays.stream(request.getCookies()).forEach(each -> log.trace("{}", each.getValue())); // Noncompliant
  }

  void themeCookie(HttpServletRequest request) {
    Arrays.stream(request.getCookies())
        .filter(theme -> "theme".equals(theme.getName()))
        .findFirst()
        .ifPresent(theme -> log.trace("theme {}", theme.getValue()));
  }

  void namesOnly(List<Cookie> cookies) {
    cookies.stream().filter(named -> named.getMaxAge() > 0).forEach(named -> log.trace("{}", named.getName()));
  }

  void valueMappedByReference(HttpServletRequest request) {
    Arrays.stream(request.getCookies())
        .filter(c -> "JSESSIONID".equals(c.getName()))
        .findFirst()
        .map(Cookie::getValue)
        .ifPresent(value -> log.debug("session cookie={}", value)); // Noncompliant
  }

  void valueMappedByLambda(List<Cookie> cookies) {
    cookies.stream()
        .filter(c -> "SESSION".equalsIgnoreCase(c.getName()))
        .map(c -> c.getValue())
        .forEach(value -> log.debug("session cookie={}", value)); // Noncompliant
  }

  void themeValueMapped(HttpServletRequest request) {
    Arrays.stream(request.getCookies())
        .filter(c -> "theme".equals(c.getName()))
        .map(Cookie::getValue)
        .findFirst()
        .ifPresent(value -> log.debug("theme={}", value));
  }

  void namesMapped(HttpServletRequest request) {
    Arrays.stream(request.getCookies()).map(Cookie::getName).forEach(name -> log.debug("{}", name));
  }
}
