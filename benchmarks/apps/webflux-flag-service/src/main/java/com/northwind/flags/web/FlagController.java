package com.northwind.flags.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.northwind.flags.client.PostHogApiClient;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.service.FlagService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.ResponseCookie;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api")
public class FlagController {

    public record EvaluateRequest(@NotBlank String distinctId, @NotEmpty List<String> flags) {
    }

    public record PublicConfig(String projectApiKey, String apiHost) {
    }

    public record ClientBootstrap(String projectApiKey, String apiHost, String flagsSecureKey, JsonNode definitions) {
    }

    private final FlagService flagService;
    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public FlagController(FlagService flagService, PostHogApiClient apiClient, PostHogProperties props) {
        this.flagService = flagService;
        this.apiClient = apiClient;
        this.props = props;
    }

    /** Used by the marketing site to initialise posthog-js. */
    @GetMapping("/public-config")
    public PublicConfig publicConfig() {
        return new PublicConfig(props.projectApiKey(), props.host());
    }

    /**
     * Lets the SPA evaluate flags locally on first paint instead of waiting for /flags.
     */
    @GetMapping("/bootstrap")
    public Mono<ClientBootstrap> bootstrap() {
        return apiClient.fetchLocalEvaluationDefinitions()
                .map(defs -> new ClientBootstrap(props.projectApiKey(), props.host(), props.secretKey(), defs));
    }

    @PostMapping("/flags/evaluate")
    public Mono<Map<String, Object>> evaluate(@Valid @RequestBody EvaluateRequest request, ServerWebExchange exchange) {
        exchange.getResponse().addCookie(ResponseCookie.from(PostHogKeys.FLAGS_COOKIE, props.secretKey()).path("/").maxAge(Duration.ofHours(1)).build());
        return flagService.evaluate(request.distinctId(), request.flags());
    }

    @GetMapping("/flags/{flagKey}/enabled")
    public Mono<Boolean> enabled(@org.springframework.web.bind.annotation.PathVariable String flagKey,
                                 @RequestParam String distinctId) {
        return flagService.isEnabled(distinctId, flagKey);
    }
}
