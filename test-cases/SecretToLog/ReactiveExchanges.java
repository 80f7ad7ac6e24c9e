import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** What a WebFlux exchange and a servlet session event hold, handed on by Reactor's steps. */
public class ReactiveExchanges {
  private static final Logger log = LoggerFactory.getLogger(ReactiveExchanges.class);

  Mono<Void> sessionOfTheExchange(ServerWebExchange exchange, WebFilterChain chain) {
    return ReactiveSecurityContextHolder.getContext()
        .map(SecurityContext::getAuthentication)
        .cast(Authentication.class)
        .doOnNext(auth -> log.info("Principal {} authenticated", auth.getName()))
        .then(exchange.getSession())
        .doOnNext(session -> log.debug("Web session {}", session.getId())) // Noncompliant
        .doOnNext(session -> log.debug("Web session holds {} attributes", session.getAttributes().size()))
        .then(chain.filter(exchange));
  }

  Mono<Void> cookiesOfTheRequest(ServerWebExchange exchange, Throwable failure) {
    log.error("Request {} failed", exchange.getRequest().getPath(), failure);
    log.error("Request failed with cookies {}", exchange.getRequest().getHeaders().get(HttpHeaders.COOKIE)); // Noncompliant
    log.error("Request failed with content type {}", exchange.getRequest().getHeaders().getContentType());
    return Mono.empty();
  }

  void sessionCreated(HttpSessionEvent event) {
    System.out.println("Session created: " + event.getSession().getId()); // Noncompliant
    System.out.println("Session created at " + event.getSession().getCreationTime());
  }

  void valueUnbound(javax.servlet.http.HttpSessionBindingEvent event) {
    log.info("{} unbound from session {}", event.getName(), event.getSession().getId()); // Noncompliant
  }

  void attributeAdded(HttpSessionBindingEvent event) {
    log.info("Attribute {} added to session {}", event.getName(), event.getSession().getId()); // Noncompliant
  }
}
