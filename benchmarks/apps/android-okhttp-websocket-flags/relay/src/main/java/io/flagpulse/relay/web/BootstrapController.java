package io.flagpulse.relay.web;

import io.flagpulse.relay.config.PostHogProperties;
import io.flagpulse.relay.ws.FlagRelayHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
public class BootstrapController {

    private static final Logger log = LoggerFactory.getLogger(BootstrapController.class);

    private final PostHogProperties props;
    private final FlagRelayHandler relay;
    private final String webhookSecret;

    public BootstrapController(PostHogProperties props, FlagRelayHandler relay,
                               @Value("${relay.webhook-secret}") String webhookSecret) {
        this.props = props;
        this.relay = relay;
        this.webhookSecret = webhookSecret;
    }

    @GetMapping("/bootstrap")
    public BootstrapResponse bootstrap(@RequestHeader("X-Device-Id") String deviceId) {
        log.info("Bootstrap requested by device {}", deviceId);
        return BootstrapResponse.from(props);
    }

    @GetMapping("/bootstrap/status")
    public Map<String, Object> status() {
        String personalKey = props.getPersonalApiKey();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("host", props.getHost());
        status.put("projectApiKey", props.getApiKey());
        status.put("personalKeyConfigured", StringUtils.hasText(personalKey));
        status.put("personalKeyHint", mask(personalKey));
        return status;
    }

    /** Support shortcut: opens the raw flag definitions for the configured project. */
    @GetMapping("/debug/flag-definitions")
    public ResponseEntity<Void> openFlagDefinitions() {
        URI target = UriComponentsBuilder.fromUriString(props.getHost())
                .path("/api/feature_flag/local_evaluation/")
                .queryParam("token", props.getApiKey())
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .build()
                .toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
    }

    @PostMapping("/internal/flags/changed")
    public ResponseEntity<Map<String, Integer>> flagsChanged(
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestBody Map<String, Object> flags) throws IOException {
        byte[] expected = ("Bearer " + webhookSecret).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, authorization.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Rejected flag webhook, Authorization was '{}'", authorization);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        int delivered = relay.broadcastFlags(flags);
        return ResponseEntity.ok(Map.of("delivered", delivered));
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
