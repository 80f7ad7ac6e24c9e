package io.kestrelhq.gateway.web;

import io.kestrelhq.gateway.config.PostHogProxyProperties;
import io.kestrelhq.gateway.config.UpstreamCredentials;
import io.kestrelhq.gateway.support.HeaderRedactor;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/proxy")
public class ProxyStatusController {

    private static final Logger log = LoggerFactory.getLogger(ProxyStatusController.class);

    private final UpstreamCredentials credentials;
    private final PostHogProxyProperties properties;

    public ProxyStatusController(UpstreamCredentials credentials, PostHogProxyProperties properties) {
        this.credentials = credentials;
        this.properties = properties;
    }

    @GetMapping("/status")
    public Map<String, Object> status() {
        return Map.of(
                "host", credentials.getHost(),
                "mode", credentials.getMode(),
                "configured", credentials.isConfigured(),
                "key", HeaderRedactor.mask(credentials.getBearerToken()));
    }

    @GetMapping("/snippet")
    public Map<String, String> snippet() {
        return Map.of("apiKey", properties.projectApiKey(), "apiHost", "/ingest");
    }

    /** Used by the SDK team to check which credential a gateway instance holds. */
    @GetMapping("/credentials")
    public UpstreamCredentials credentials(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        log.info("Credential check requested with {}", HeaderRedactor.firstNonBlank(authorization, "<none>"));
        return credentials;
    }
}
