package graphqlreq;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** A GraphQL request's headers and a resource server's decoded JWT hold the caller's credentials. */
public class FlagQueries implements WebGraphQlInterceptor {
  private static final Logger log = LoggerFactory.getLogger(FlagQueries.class);

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    log.trace("GraphQL {} headers={}", request.getId(), request.getHeaders()); // Noncompliant
    log.trace("GraphQL {} auth={}", request.getId(), request.getHeaders().getFirst("Authorization")); // Noncompliant
    log.trace("GraphQL {} has auth: {}", request.getId(), request.getHeaders().containsKey("Authorization"));
    return chain.next(request);
  }

  String bootstrap(Jwt jwt) {
    log.debug("bootstrapping flags for {} (bearer {})", jwt.getSubject(), jwt.getTokenValue()); // Noncompliant
    log.debug("bootstrapping flags for {}", jwt.getSubject());
    return jwt.getSubject();
  }
}
