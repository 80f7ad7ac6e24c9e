package com.acme.exporter.web;

import com.acme.exporter.config.PostHogProperties;
import com.acme.exporter.util.Masking;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;
import java.util.Map;

@RestController
@RequestMapping("/admin/api")
public class DiagnosticsController {

    private final PostHogProperties props;
    private final WebClient posthogWebClient;

    public DiagnosticsController(PostHogProperties props, WebClient posthogWebClient) {
        this.props = props;
        this.posthogWebClient = posthogWebClient;
    }

    /** Dumps the effective PostHog settings for the support team. */
    @GetMapping("/config")
    public PostHogProperties config() {
        return props;
    }

    @GetMapping("/status")
    public Map<String, Object> status() {
        int personalKeyLength = props.getPersonalApiKey() == null ? 0 : props.getPersonalApiKey().length();
        return Map.of("personalKeyLength", personalKeyLength, "projectId", props.getProjectId());
    }

    @GetMapping("/whoami")
    public ResponseEntity<Map<String, Object>> whoami() {
        @SuppressWarnings("unchecked")
        Map<String, Object> me = posthogWebClient.get()
                .uri("/api/users/@me/")
                .retrieve()
                .bodyToMono(Map.class)
                .block(Duration.ofSeconds(10));
        return ResponseEntity.ok()
                .header("X-PostHog-Key-Fingerprint", Masking.sha256Hex(props.getPersonalApiKey()))
                .body(Map.of("email", me == null ? "?" : String.valueOf(me.get("email"))));
    }

    /** Hands the service-account OAuth token to the embedded PostHog notebook iframe. */
    @PostMapping("/notebook-session")
    public ResponseEntity<Void> notebookSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_oauth", props.getOauthAccessToken())
                .path("/admin")
                .sameSite("Lax")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }
}
