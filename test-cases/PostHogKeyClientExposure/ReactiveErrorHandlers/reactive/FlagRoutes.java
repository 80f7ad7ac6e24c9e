package reactive;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Error handlers of a reactive pipeline, typed by the class they are given. */
public class FlagRoutes {
  private final FlagClient client = new FlagClient();

  Mono<ServerResponse> definitions(ServerRequest request) {
    return client.definitions()
        .map(List::size)
        .flatMap(count -> ServerResponse.ok().bodyValue(count))
        .onErrorResume(FlagApiException.class, e -> ServerResponse.status(HttpStatus.BAD_GATEWAY).bodyValue(Map.of("error", e.getMessage()))); // Noncompliant
  }

  Mono<ServerResponse> keys(ServerRequest request) {
    var keys = client.flagKeys().filter(k -> !k.isBlank()).map(String::trim).collectList();
    return keys.filter(list -> !list.isEmpty())
        .flatMap(list -> ServerResponse.ok().bodyValue(list))
        .onErrorResume(FlagApiException.class, e -> ServerResponse.status(HttpStatus.BAD_GATEWAY).bodyValue(e.getMessage())); // Noncompliant
  }

  Mono<ServerResponse> evaluation(ServerRequest request) {
    return client.evaluation(request.pathVariable("flag"))
        .flatMap(value -> ServerResponse.ok().bodyValue(value))
        .onErrorResume(FlagTimeoutException.class, e -> ServerResponse.status(HttpStatus.GATEWAY_TIMEOUT).bodyValue(e.getMessage()));
  }

  Mono<ServerResponse> quietKeys(ServerRequest request) {
    return client.flagKeys()
        .doOnError(FlagApiException.class, e -> System.err.println(e.getMessage()))
        .onErrorResume(FlagApiException.class, e -> reactor.core.publisher.Flux.just("unavailable: " + e.getClass().getSimpleName()))
        .collectList()
        .flatMap(list -> ServerResponse.ok().bodyValue(list));
  }
}
