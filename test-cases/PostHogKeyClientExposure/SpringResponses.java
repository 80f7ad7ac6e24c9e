import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.publisher.Mono;

/**
 * A personal key in server-sent events, WebFlux responses and renderings, a response's headers
 * and cookies; headers of an outgoing request to PostHog are what the key is for.
 */
public class SpringResponses {
  @Value("${posthog.personal-api-key}")
  private String personalKey;

  @Value("${posthog.api.key}")
  private String projectKey;

  private final RestTemplate rest = new RestTemplate();

  void events(SseEmitter emitter) throws IOException {
    emitter.send(personalKey); // Noncompliant
    emitter.send(Map.of("key", personalKey)); // Noncompliant
    emitter.send(SseEmitter.event().name("flags").data(personalKey)); // Noncompliant
    SseEmitter.SseEventBuilder event = SseEmitter.event()
        .id("1")
        .data("key " + personalKey); // Noncompliant
    emitter.send(event);
    emitter.send(projectKey);
    emitter.send(personalKey != null);
    emitter.send("phx_..." + personalKey.substring(personalKey.length() - 4));
    emitter.send(SseEmitter.event().data(projectKey));
  }

  Mono<ServerResponse> bodyValue() {
    return ServerResponse.ok().bodyValue(personalKey); // Noncompliant
  }

  Mono<ServerResponse> body() {
    return ServerResponse.ok().body(Mono.just(personalKey), String.class); // Noncompliant
  }

  Mono<ServerResponse> inserter() {
    return ServerResponse.ok().body(BodyInserters.fromValue(Map.of("key", personalKey))); // Noncompliant
  }

  Mono<ServerResponse> headers() {
    return ServerResponse.ok()
        .header("X-PostHog-Key", personalKey) // Noncompliant
        .headers(headers -> headers.set("X-Key", personalKey)) // Noncompliant
        .bodyValue("ok");
  }

  Mono<ServerResponse> rendered() {
    return ServerResponse.ok().render("flags", Map.of("key", personalKey)); // Noncompliant
  }

  Mono<ServerResponse> cookie() {
    return ServerResponse.ok()
        .cookie(ResponseCookie.from("ph", personalKey).httpOnly(true).build()) // Noncompliant
        .build();
  }

  Mono<ServerResponse> projectKeyOnly() {
    return ServerResponse.ok()
        .header("X-Configured", String.valueOf(personalKey != null))
        .cookie(ResponseCookie.from("ph", projectKey).build())
        .bodyValue(projectKey);
  }

  Rendering rendering() {
    return Rendering.view("flags")
        .modelAttribute("key", personalKey) // Noncompliant
        .model(Map.of("keyAgain", personalKey)) // Noncompliant
        .modelAttribute("project", projectKey)
        .build();
  }

  void reactiveResponse(ServerWebExchange exchange, ServerHttpResponse response) {
    response.getHeaders().add("X-PostHog-Key", personalKey); // Noncompliant
    exchange.getResponse().getHeaders().set("X-PostHog-Key", personalKey); // Noncompliant
    HttpHeaders headers = response.getHeaders();
    headers.set("X-Key", personalKey); // Noncompliant
    response.addCookie(ResponseCookie.from("ph").value(personalKey).build()); // Noncompliant
    response.addCookie(ResponseCookie.from("project", projectKey).build());
    response.getHeaders().set("X-Project-Key", projectKey);
  }

  Mono<Void> reactiveBody(ServerWebExchange exchange) {
    var buffer = exchange.getResponse().bufferFactory().wrap(personalKey.getBytes(UTF_8));
    exchange.getResponse().writeWith(Mono.just(buffer)); // Noncompliant
    var project = exchange.getResponse().bufferFactory().wrap(projectKey.getBytes(UTF_8));
    return exchange.getResponse().writeWith(Mono.just(project));
  }

  ResponseEntity<String> entityHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.add("X-PostHog-Key", personalKey); // Noncompliant
    return new ResponseEntity<>("ok", headers, HttpStatus.OK);
  }

  ResponseEntity<String> builderHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-PostHog-Key", personalKey); // Noncompliant
    headers.set("X-Key-Set", Boolean.toString(personalKey != null));
    return ResponseEntity.ok().headers(headers).body("ok");
  }

  String outgoingRequest() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Authorization", "Bearer " + personalKey);
    headers.add("X-Project", projectKey);
    return rest.exchange("https://eu.posthog.com/api/projects/1/feature_flags/", HttpMethod.GET,
        new HttpEntity<>(headers), String.class).getBody();
  }

  Mono<String> webClient() {
    return WebClient.create("https://eu.posthog.com")
        .get()
        .uri("/api/projects/1/feature_flags/")
        .headers(h -> h.set("Authorization", "Bearer " + personalKey))
        .header("X-Key-Hint", "phx_..." + personalKey.substring(personalKey.length() - 4))
        .retrieve()
        .bodyToMono(String.class);
  }
}
