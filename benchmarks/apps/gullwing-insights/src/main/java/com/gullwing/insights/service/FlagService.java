package com.gullwing.insights.service;

import com.gullwing.insights.config.PostHogKeys;
import com.gullwing.insights.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Service
public class FlagService {

  private static final Logger log = LoggerFactory.getLogger(FlagService.class);

  private final PostHogInterface posthog;
  private final WebClient posthogWebClient;
  private final PostHogProperties props;

  public FlagService(PostHogInterface posthog, WebClient posthogWebClient, PostHogProperties props) {
    this.posthog = posthog;
    this.posthogWebClient = posthogWebClient;
    this.props = props;
    log.info("Flag service using key {}", props.personalApiKey().substring(0, 8));
    log.debug("personal key configured: {}", props.hasPersonalKey());
  }

  public Flux<FlagSummary> evaluate(String distinctId, List<String> flagKeys) {
    return Flux.fromIterable(flagKeys)
        .map(flag -> new FlagSummary(flag, posthog.isFeatureEnabled(distinctId, flag, false)));
  }

  public Mono<List<Map<String, Object>>> listDefinitions() {
    return posthogWebClient.get()
        .uri(PostHogKeys.FLAGS_PATH, props.projectId())
        .retrieve()
        .bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() {})
        .map(page -> (List<Map<String, Object>>) page.getOrDefault("results", List.of()))
        .onErrorMap(WebClientResponseException.class,
            e -> new PostHogApiException("PostHog rejected key " + props.personalApiKey() + ": " + e.getStatusText(), e.getStatusCode().value(), e));
  }

  public ConfigView describe() {
    return new ConfigView(props.host(), KeyMasker.mask(props.personalApiKey()), props.hasPersonalKey());
  }

  public ConfigView describeRaw() {
    return new ConfigView(props.host(), props.personalApiKey(), props.hasPersonalKey());
  }
}
