package com.acme.flags.rsocket;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.acme.flags.FlagServiceApplication;
import com.acme.flags.model.ClientBootstrapResponse;
import com.acme.flags.model.FlagMessages;
import com.acme.flags.service.FlagEvaluationService;
import io.rsocket.exceptions.RejectedSetupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.rsocket.RSocketRequester;
import org.springframework.messaging.rsocket.annotation.ConnectMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
public class FlagController {

    private static final Logger log = LoggerFactory.getLogger(FlagController.class);

    private final FlagEvaluationService flagService;
    private final String internalToken;
    private final AtomicLong sessions = new AtomicLong();

    public FlagController(FlagEvaluationService flagService,
                          @Value("${flags.internal-token}") String internalToken) {
        this.flagService = flagService;
        this.internalToken = internalToken;
    }

    @ConnectMapping("flag-client")
    public Mono<Void> onConnect(@Payload String clientName,
                                @Header(name = FlagServiceApplication.BEARER_HEADER, required = false) String bearerToken,
                                RSocketRequester requester) {
        log.debug("RSocket setup from client={} bearer={}", clientName, bearerToken);
        if (bearerToken == null || !MessageDigest.isEqual(
                bearerToken.getBytes(StandardCharsets.UTF_8), internalToken.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected RSocket setup for {}: missing or invalid {} metadata", clientName, HttpHeaders.AUTHORIZATION);
            return Mono.error(new RejectedSetupException("invalid credentials"));
        }
        long sessionId = sessions.incrementAndGet();
        log.info("RSocket session {} opened for {}", sessionId, clientName);
        requester.rsocket().onClose()
                .doFinally(signal -> log.info("RSocket session {} closed ({})", sessionId, signal))
                .subscribe();
        return Mono.empty();
    }

    @MessageMapping("flags.evaluate")
    public Mono<FlagMessages.Decision> evaluate(FlagMessages.EvaluateRequest request) {
        return flagService.evaluate(request);
    }

    @MessageMapping("flags.stream")
    public Flux<FlagMessages.Decision> stream(FlagMessages.StreamRequest request) {
        Duration every = Duration.ofSeconds(Math.max(5, request.intervalSeconds()));
        return Flux.interval(Duration.ZERO, every)
                .onBackpressureDrop()
                .concatMap(tick -> Flux.fromIterable(request.flagKeys())
                        .flatMap(flagKey -> flagService.evaluate(
                                new FlagMessages.EvaluateRequest(request.distinctId(), flagKey))));
    }

    @MessageMapping("client.config")
    public FlagMessages.PublicClientConfig clientConfig() {
        return flagService.publicConfig();
    }

    /**
     * Called by the admin console (rsocket-websocket-client) and the mobile apps before first render,
     * so flags are available without a round trip to PostHog.
     */
    @MessageMapping("client.bootstrap")
    public Mono<ClientBootstrapResponse> bootstrap(FlagMessages.BootstrapRequest request) {
        return Mono.fromCallable(() -> flagService.bootstrapFor(request.distinctId(), request.platform()));
    }
}
