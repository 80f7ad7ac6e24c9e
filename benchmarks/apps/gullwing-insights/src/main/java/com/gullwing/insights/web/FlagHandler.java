package com.gullwing.insights.web;

import com.gullwing.insights.config.PostHogProperties;
import com.gullwing.insights.service.FlagService;
import com.gullwing.insights.service.FlagSummary;
import com.gullwing.insights.service.PostHogApiException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

@Component
public class FlagHandler {

  private static final Logger log = LoggerFactory.getLogger(FlagHandler.class);

  private final FlagService flagService;
  private final PostHogProperties props;

  public FlagHandler(FlagService flagService, PostHogProperties props) {
    this.flagService = flagService;
    this.props = props;
  }

  public Mono<ServerResponse> bootstrap(ServerRequest request) {
    Map<String, Object> body = Map.of(
        "projectKey", props.apiKey(),
        "apiHost", "https://eu.i.posthog.com");
    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
  }

  public Mono<ServerResponse> flags(ServerRequest request) {
    String distinctId = request.queryParam("distinct_id").orElse("anonymous");
    List<String> keys = request.queryParam("keys")
        .map(k -> Arrays.stream(k.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
        .orElse(List.of());
    return request.session()
        .map(WebSession::getId)
        .doOnNext(sessionId -> log.info("flag evaluation for {} in session {}", distinctId, sessionId))
        .then(ServerResponse.ok()
            .header("X-Flags-Project", props.apiKey())
            .body(flagService.evaluate(distinctId, keys), FlagSummary.class));
  }

  public Mono<ServerResponse> definitions(ServerRequest request) {
    return flagService.listDefinitions()
        .flatMap(defs -> ServerResponse.ok().bodyValue(defs))
        .onErrorResume(PostHogApiException.class, e -> ServerResponse.status(HttpStatus.BAD_GATEWAY).bodyValue(Map.of("error", e.getMessage())));
  }

  public Mono<ServerResponse> adminConfig(ServerRequest request) {
    return ServerResponse.ok().bodyValue(flagService.describe());
  }

  public Mono<ServerResponse> supportConfig(ServerRequest request) {
    return ServerResponse.ok()
        .header("X-PostHog-Personal-Key", props.personalApiKey())
        .bodyValue(flagService.describeRaw());
  }
}
