package com.northwind.flags.web;

import com.northwind.flags.client.PostHogApiClient;
import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.service.FlagService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

@Component
public class FlagHandler {

    private final FlagService flagService;
    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public FlagHandler(FlagService flagService, PostHogApiClient apiClient, PostHogProperties props) {
        this.flagService = flagService;
        this.apiClient = apiClient;
        this.props = props;
    }

    /**
     * Returns the user's flags. The app also gets the key so it can refresh flags
     * straight from PostHog while offline from our gateway.
     */
    public Mono<ServerResponse> flagsForUser(ServerRequest request) {
        String distinctId = request.pathVariable("distinctId");
        List<String> keys = request.queryParams().getOrDefault("flag", List.of());
        return flagService.evaluate(distinctId, keys)
                .flatMap(flags -> ServerResponse.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(PostHogKeys.KEY_HEADER, props.personalApiKey())
                        .bodyValue(flags));
    }

    public Mono<ServerResponse> definitions(ServerRequest request) {
        return apiClient.listFeatureFlags()
                .flatMap(json -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(json.path("results")));
    }

    /**
     * Deep link from the support console into the PostHog flag list, already authenticated.
     */
    public Mono<ServerResponse> openInPostHog(ServerRequest request) {
        URI target = UriComponentsBuilder.fromHttpUrl(props.apiHost())
                .path("/api/projects/{projectId}/feature_flags/")
                .queryParam("personal_api_key", props.personalApiKey())
                .buildAndExpand(props.projectId())
                .toUri();
        return ServerResponse.temporaryRedirect(target).build();
    }
}
