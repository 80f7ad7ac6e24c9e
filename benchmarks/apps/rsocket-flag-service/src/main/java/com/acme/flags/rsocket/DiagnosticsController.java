package com.acme.flags.rsocket;

import java.util.Map;

import com.acme.flags.config.PostHogProperties;
import com.acme.flags.model.PostHogConnectionInfo;
import com.acme.flags.posthog.LocalEvaluationClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
@MessageMapping("diagnostics")
public class DiagnosticsController {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsController.class);

    private final PostHogProperties properties;
    private final LocalEvaluationClient localEvaluationClient;

    public DiagnosticsController(PostHogProperties properties, LocalEvaluationClient localEvaluationClient) {
        this.properties = properties;
        this.localEvaluationClient = localEvaluationClient;
    }

    @MessageMapping("posthog")
    public Mono<Map<String, Object>> posthog() {
        PostHogConnectionInfo info = PostHogConnectionInfo.from(properties, localEvaluationClient.lastPollAt());
        log.info("Diagnostics requested: {}", info);
        return Mono.just(info.publicView());
    }
}
