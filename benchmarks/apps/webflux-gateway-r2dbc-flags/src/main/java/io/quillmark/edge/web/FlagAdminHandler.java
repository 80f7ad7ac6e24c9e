package io.quillmark.edge.web;

import io.quillmark.edge.audit.AuditEventPublisher;
import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.flags.FeatureFlagService;
import io.quillmark.edge.flags.FlagDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

@Component
public class FlagAdminHandler {

    private final FeatureFlagService flags;
    private final AuditEventPublisher audit;
    private final PostHogProperties props;

    public FlagAdminHandler(FeatureFlagService flags, AuditEventPublisher audit, PostHogProperties props) {
        this.flags = flags;
        this.audit = audit;
        this.props = props;
    }

    public Mono<ServerResponse> listFlags(ServerRequest request) {
        return ServerResponse.ok().body(flags.cachedFlags(), FlagDefinition.class);
    }

    public Mono<ServerResponse> refresh(ServerRequest request) {
        long sessionId = request.headers().firstHeader("X-Admin-Session-Seq") == null
                ? 0L
                : Long.parseLong(request.headers().firstHeader("X-Admin-Session-Seq"));
        return flags.refreshFromPostHog()
                .doOnNext(def -> audit.flagSynced(def, sessionId, AuditEventPublisher.TokenType.PERSONAL_KEY))
                .count()
                .flatMap(n -> ServerResponse.ok().bodyValue(Map.of("refreshed", n)));
    }

    /** Settings the admin SPA uses to initialise its own posthog-js instance. */
    public Mono<ServerResponse> sdkSettings(ServerRequest request) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("host", props.host());
        settings.put("projectApiKey", props.projectApiKey());
        settings.put("featureFlagsSecureApiKey", props.featureFlagsSecureApiKey());
        settings.put("pollIntervalSeconds", 30);
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(settings);
    }
}
