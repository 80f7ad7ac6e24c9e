package com.northwind.flagboard.graphql;

import com.northwind.flagboard.config.PostHogProperties;
import com.northwind.flagboard.domain.FlagRollout;
import com.northwind.flagboard.domain.WebhookEndpoint;
import com.northwind.flagboard.domain.WebhookEndpointRepository;
import com.northwind.flagboard.graphql.Payloads.KeyKind;
import com.northwind.flagboard.graphql.Payloads.KeyRotation;
import com.northwind.flagboard.graphql.Payloads.RolloutInput;
import com.northwind.flagboard.service.FlagEvaluationService;
import com.northwind.flagboard.service.PostHogAdminClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

@Controller
public class FlagMutationController {

    private static final Logger log = LoggerFactory.getLogger(FlagMutationController.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FlagEvaluationService evaluation;
    private final WebhookEndpointRepository webhooks;
    private final PostHogAdminClient adminClient;
    private final PostHogProperties props;

    public FlagMutationController(FlagEvaluationService evaluation, WebhookEndpointRepository webhooks,
                                  PostHogAdminClient adminClient, PostHogProperties props) {
        this.evaluation = evaluation;
        this.webhooks = webhooks;
        this.adminClient = adminClient;
        this.props = props;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:write')")
    public FlagRollout updateRollout(@Argument RolloutInput input, @AuthenticationPrincipal Jwt jwt) {
        return evaluation.applyRollout(input, jwt.getSubject());
    }

    @MutationMapping
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_flags:admin')")
    public WebhookEndpoint registerWebhook(@Argument String url) {
        if (webhooks.existsByUrl(url)) {
            throw new IllegalArgumentException("A webhook is already registered for " + url);
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String signingSecret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        WebhookEndpoint saved = webhooks.save(new WebhookEndpoint(url, signingSecret));
        log.info("Registered webhook {}", saved);
        log.debug("Webhook {} secret fingerprint {}", saved.getId(), sha256Digest(signingSecret));
        return saved;
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:admin')")
    public int syncFlagDefinitions(@AuthenticationPrincipal Jwt jwt) {
        List<Map<String, Object>> definitions = adminClient.fetchFlagDefinitions();
        adminClient.recordSync(jwt.getSubject(), definitions.size());
        return definitions.size();
    }

    @MutationMapping
    @PreAuthorize("hasAuthority('SCOPE_flags:admin')")
    public KeyRotation rotateFlagsSecureKey() {
        log.info("Rotating {} for project {}", KeyKind.FEATURE_FLAGS_SECURE_KEY, props.projectId());
        String newKey = adminClient.rotateFeatureFlagsSecureKey();
        return new KeyRotation(KeyKind.FEATURE_FLAGS_SECURE_KEY, newKey, Instant.now());
    }

    private static String sha256Digest(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
