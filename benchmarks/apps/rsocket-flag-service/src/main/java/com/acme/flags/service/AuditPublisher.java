package com.acme.flags.service;

import java.time.Duration;

import com.acme.flags.model.FlagMessages;
import io.rsocket.metadata.WellKnownMimeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.messaging.rsocket.RSocketRequester;
import org.springframework.security.rsocket.metadata.SimpleAuthenticationEncoder;
import org.springframework.security.rsocket.metadata.UsernamePasswordMetadata;
import org.springframework.stereotype.Service;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

@Service
public class AuditPublisher {

    private static final Logger log = LoggerFactory.getLogger(AuditPublisher.class);

    private static final MimeType SIMPLE_AUTH =
            MimeTypeUtils.parseMimeType(WellKnownMimeType.MESSAGE_RSOCKET_AUTHENTICATION.getString());

    enum TokenType { BEARER, SIMPLE }

    private final RSocketRequester requester;
    private final TokenType tokenType = TokenType.SIMPLE;

    public AuditPublisher(RSocketRequester.Builder builder,
                          @Value("${audit.rsocket.host}") String host,
                          @Value("${audit.rsocket.port}") int port,
                          @Value("${audit.rsocket.username}") String username,
                          @Value("${audit.rsocket.password}") String password) {
        log.info("Connecting to audit service {}:{} as {} (password={})", host, port, username, password);
        log.debug("Audit setup metadata uses tokenType={}", tokenType);
        this.requester = builder
                .setupRoute("audit.connect")
                .setupMetadata(new UsernamePasswordMetadata(username, password), SIMPLE_AUTH)
                .rsocketStrategies(strategies -> strategies.encoder(new SimpleAuthenticationEncoder()))
                .rsocketConnector(connector -> connector.reconnect(Retry.backoff(10, Duration.ofSeconds(1))))
                .tcp(host, port);
    }

    public Mono<Void> recordEvaluation(FlagMessages.Decision decision) {
        return requester.route("audit.flag-evaluated")
                .data(decision)
                .retrieveMono(Void.class)
                .timeout(Duration.ofSeconds(2))
                .onErrorResume(e -> {
                    log.warn("Audit publish failed for flag {}: {}", decision.flagKey(), e.toString());
                    return Mono.empty();
                });
    }

    public Flux<FlagMessages.Decision> history(String flagKey, int limit) {
        return requester.route("audit.history.{flag}", flagKey)
                .data(limit)
                .retrieveFlux(FlagMessages.Decision.class);
    }
}
