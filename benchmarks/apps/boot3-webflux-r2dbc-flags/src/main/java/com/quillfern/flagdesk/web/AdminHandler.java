package com.quillfern.flagdesk.web;

import com.quillfern.flagdesk.config.PostHogProperties;
import com.quillfern.flagdesk.service.PostHogApiClient;
import com.quillfern.flagdesk.service.SecretMasker;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class AdminHandler {

    private final PostHogProperties props;
    private final PostHogApiClient posthogApi;

    public AdminHandler(PostHogProperties props, PostHogApiClient posthogApi) {
        this.props = props;
        this.posthogApi = posthogApi;
    }

    public Mono<ServerResponse> posthogStatus(ServerRequest request) {
        Map<String, Object> model = Map.of(
                "host", props.host(),
                "projectKey", props.projectApiKey(),
                "maskedPersonalKey", SecretMasker.mask(props.personalApiKey()),
                "localEvaluation", props.personalApiKey() != null);
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).render("admin/posthog", model);
    }

    /** Dumps the effective configuration so on-call can compare pods. */
    public Mono<ServerResponse> diagnostics(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("posthog", props, "pollIntervalSeconds", props.pollIntervalSeconds()));
    }

    public Mono<ServerResponse> triggerSync(ServerRequest request) {
        return posthogApi.fetchLocalEvaluation()
                .flatMap(definitions -> ServerResponse.accepted()
                        .bodyValue(Map.of("flags", definitions.path("flags").size())));
    }
}
