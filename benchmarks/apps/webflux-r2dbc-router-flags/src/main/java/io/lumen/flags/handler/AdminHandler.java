package io.lumen.flags.handler;

import io.lumen.flags.config.PostHogConstants;
import io.lumen.flags.config.PostHogProperties;
import io.lumen.flags.domain.ApiCredential;
import io.lumen.flags.dto.AdminSettingsView;
import io.lumen.flags.repository.ApiCredentialRepository;
import io.lumen.flags.service.FlagEvaluationService;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

@Component
public class AdminHandler {

    private static final Logger log = LoggerFactory.getLogger(AdminHandler.class);

    public record RotateRequest(String secret) {
    }

    private final PostHogProperties props;
    private final ApiCredentialRepository credentials;
    private final FlagEvaluationService flags;
    private final byte[] adminKeyDigest;

    public AdminHandler(PostHogProperties props, ApiCredentialRepository credentials,
            FlagEvaluationService flags, @Value("${admin.api-key}") String adminKey) {
        this.props = props;
        this.credentials = credentials;
        this.flags = flags;
        this.adminKeyDigest = sha256Digest(adminKey);
    }

    public Mono<ServerResponse> requireAdminKey(ServerRequest request, HandlerFunction<ServerResponse> next) {
        String presented = request.headers().firstHeader(PostHogConstants.ADMIN_KEY_HEADER);
        if (presented == null) {
            log.warn("Rejected admin call to {} without {} header", request.path(), PostHogConstants.ADMIN_KEY_HEADER);
            return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!MessageDigest.isEqual(adminKeyDigest, sha256Digest(presented))) {
            return ServerResponse.status(HttpStatus.FORBIDDEN).build();
        }
        return next.handle(request);
    }

    public Mono<ServerResponse> settings(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(AdminSettingsView.from(props));
    }

    /** The admin SPA evaluates flags itself, so it gets the secure key in a cookie. */
    public Mono<ServerResponse> issueFlagsCookie(ServerRequest request) {
        return ServerResponse.noContent()
                .cookie(ResponseCookie.from("ph_flags_key", props.featureFlagsSecureKey()).path("/admin").secure(true).build())
                .build();
    }

    public Mono<ServerResponse> embedDashboard(ServerRequest request) {
        URI target = UriComponentsBuilder.fromHttpUrl(props.appHost())
                .path("/embedded/dashboard/{id}")
                .queryParam("personal_api_key", props.personalApiKey())
                .buildAndExpand(request.pathVariable("id"))
                .toUri();
        return ServerResponse.temporaryRedirect(target).build();
    }

    public Mono<ServerResponse> flagDefinitions(ServerRequest request) {
        return flags.localEvaluationDefinitions()
                .flatMap(definitions -> ServerResponse.ok().bodyValue(definitions.path("flags")));
    }

    public Mono<ServerResponse> rotateCredential(ServerRequest request) {
        String name = request.pathVariable("name");
        return request.bodyToMono(RotateRequest.class)
                .zipWith(credentials.findByName(name)
                        .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown credential " + name))))
                .flatMap(tuple -> {
                    ApiCredential credential = tuple.getT2();
                    log.info("Rotating {} credential {}", credential.getKind(), credential.getId());
                    credential.setSecret(tuple.getT1().secret());
                    credential.setRotatedAt(Instant.now());
                    return credentials.save(credential);
                })
                .doOnNext(saved -> log.info("Rotated credential {}", saved))
                .doOnNext(saved -> log.info("Credential {} fingerprint {}", saved.getName(), HexFormat.of().formatHex(sha256Digest(saved.getSecret()))))
                .flatMap(saved -> flags.captureServerEvent("admin", "credential rotated", Map.of("credential", saved.getName()))
                        .thenReturn(saved))
                .flatMap(saved -> ServerResponse.ok().bodyValue(Map.of("name", saved.getName(), "rotatedAt", saved.getRotatedAt())));
    }

    private static byte[] sha256Digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
