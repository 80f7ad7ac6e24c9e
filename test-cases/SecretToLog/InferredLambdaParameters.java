import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A lambda's parameter has no written type; javac infers it from the method the lambda is given
 * to, and so does the analyzer where the models tell: the request a client filter or interceptor
 * gets carries the Authorization header the client sends.
 */
public class InferredLambdaParameters {
  private static final Logger log = LoggerFactory.getLogger(InferredLambdaParameters.class);

  WebClient webClient(WebClient.Builder builder) {
    return builder
        .filter(ExchangeFilterFunction.ofRequestProcessor(request -> {
          log.debug("{} {} headers={}", request.method(), request.url(), request.headers()); // Noncompliant
          log.debug("{} {}", request.method(), request.url());
          return Mono.just(request);
        }))
        .filter((request, next) -> {
          log.debug("auth {}", request.headers().getFirst("Authorization")); // Noncompliant
          log.debug("type {}", request.headers().getContentType());
          return next.exchange(request);
        })
        .build();
  }

  RestClient restClient(RestClient.Builder builder) {
    return builder
        .baseUrl("https://eu.posthog.com")
        .requestInterceptor((request, body, execution) -> {
          log.debug("headers {}", request.getHeaders()); // Noncompliant
          log.debug("{} {} ({} bytes)", request.getMethod(), request.getURI(), body.length);
          return execution.execute(request, body);
        })
        .build();
  }

  HttpClientBuilder apacheClient() {
    return HttpClients.custom()
        .setUserAgent("flag-sync")
        .addRequestInterceptorFirst((request, entity, context) -> {
          log.debug("auth {}", (Object[]) request.getHeaders("Authorization")); // Noncompliant
          log.debug("{} {}", request.getMethod(), request.getRequestUri());
        });
  }
}
