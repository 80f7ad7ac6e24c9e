import java.util.Arrays;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * A lambda's parameters get their types from the functional interface it is written for: the
 * return type of the method that returns it, or the type of the variable that keeps it.
 */
public class LambdasOfAWrittenTargetType {
  private static final Logger log = LoggerFactory.getLogger(LambdasOfAWrittenTargetType.class);

  AuthenticationFailureHandler loginFailureHandler() {
    return (request, response, exception) -> {
      log.warn("Failed login user={} password={}", request.getParameter("username"), request.getParameter("password")); // Noncompliant
      log.warn("Failed login user={}: {}", request.getParameter("username"), exception.getMessage());
      response.sendRedirect("/login?error");
    };
  }

  AuthenticationSuccessHandler loginSuccessHandler() {
    return (request, response, authentication) -> {
      log.info("Login of {} in session {}", authentication.getName(), request.getSession().getId()); // Noncompliant
      response.sendRedirect("/");
    };
  }

  void handlers() {
    AccessDeniedHandler denied =
        (request, response, exception) -> log.warn("Denied {} with {}", request.getRequestURI(), request.getHeader("Authorization")); // Noncompliant
    AuthenticationEntryPoint entryPoint =
        (request, response, exception) -> log.info("Unauthenticated {}", request.getRequestURI());
    ClientHttpRequestInterceptor interceptor =
        (request, body, execution) -> {
          log.debug("{} {} {}", request.getMethod(), request.getURI(), request.getHeaders()); // Noncompliant
          return execution.execute(request, body);
        };
  }

  HttpRequestInterceptor wireLog() {
    HttpRequestInterceptor wire =
        (request, entity, context) ->
            log.debug("-> {} {} headers={}", request.getMethod(), request.getRequestUri(), Arrays.toString(request.getHeaders())); // Noncompliant
    return wire;
  }
}
