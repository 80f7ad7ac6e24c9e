package io.lumen.flags.handler;

import io.lumen.flags.config.PostHogProperties;
import io.lumen.flags.dto.ClientBootstrap;
import io.lumen.flags.service.FlagEvaluationService;
import io.lumen.flags.service.FlagExpressionLexer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

@Component
public class FlagHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagHandler.class);

    private final FlagEvaluationService flags;
    private final FlagExpressionLexer lexer;
    private final PostHogProperties props;

    public FlagHandler(FlagEvaluationService flags, FlagExpressionLexer lexer, PostHogProperties props) {
        this.flags = flags;
        this.lexer = lexer;
        this.props = props;
    }

    public Mono<ServerResponse> bootstrap(ServerRequest request) {
        ClientBootstrap body = new ClientBootstrap(props.apiKey(), props.host(), Map.of());
        return ServerResponse.ok().bodyValue(body);
    }

    public Mono<ServerResponse> evaluate(ServerRequest request) {
        String flagKey = request.pathVariable("key");
        String distinctId = request.queryParam("distinct_id")
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "distinct_id is required"));
        long sessionId = request.queryParam("session").map(Long::parseLong).orElse(0L);
        String authorization = request.headers().firstHeader(HttpHeaders.AUTHORIZATION);
        log.debug("Evaluating {} for {} (authorization: {})", flagKey, distinctId, authorization);
        return flags.evaluateAndRecord(distinctId, flagKey, sessionId)
                .flatMap(enabled -> ServerResponse.ok().bodyValue(Map.of("key", flagKey, "enabled", enabled)));
    }

    public Mono<ServerResponse> status(ServerRequest request) {
        return ServerResponse.ok().bodyValue(flags.status());
    }

    public Mono<ServerResponse> diagnostics(ServerRequest request) {
        return ServerResponse.ok().bodyValue(flags.diagnostics());
    }

    public Mono<ServerResponse> validateExpression(ServerRequest request) {
        return request.bodyToMono(String.class)
                .map(lexer::tokenize)
                .flatMap(tokens -> ServerResponse.ok().bodyValue(Map.of("valid", true, "tokenCount", tokens.size())))
                .onErrorResume(IllegalArgumentException.class,
                        e -> ServerResponse.badRequest().bodyValue(Map.of("valid", false, "error", e.getMessage())));
    }
}
