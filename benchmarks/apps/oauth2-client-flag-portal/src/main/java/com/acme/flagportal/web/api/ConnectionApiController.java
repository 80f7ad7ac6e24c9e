package com.acme.flagportal.web.api;

import java.time.Duration;
import java.util.Map;

import com.acme.flagportal.config.PostHogKeys;
import com.acme.flagportal.config.PostHogProperties;
import com.acme.flagportal.domain.PostHogConnection;
import com.acme.flagportal.repository.PostHogConnectionRepository;
import com.acme.flagportal.service.TokenRefreshService;
import com.acme.flagportal.web.dto.ConnectionDto;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/connections")
public class ConnectionApiController {

    private final PostHogConnectionRepository repository;

    private final TokenRefreshService tokenRefreshService;

    private final PostHogProperties properties;

    public ConnectionApiController(PostHogConnectionRepository repository,
                                   TokenRefreshService tokenRefreshService,
                                   PostHogProperties properties) {
        this.repository = repository;
        this.tokenRefreshService = tokenRefreshService;
        this.properties = properties;
    }

    @GetMapping("/config")
    public Map<String, String> clientConfig() {
        return Map.of("apiKey", properties.getProjectApiKey(), "apiHost", properties.getHost());
    }

    @GetMapping("/me")
    public ConnectionDto me(Authentication authentication) {
        PostHogConnection connection = findConnection(authentication);
        return ConnectionDto.from(connection);
    }

    @GetMapping("/me/summary")
    public Map<String, Object> summary(Authentication authentication) {
        PostHogConnection connection = findConnection(authentication);
        return Map.of(
                "projectId", connection.getProjectId(),
                "accessToken", PostHogKeys.mask(connection.getAccessToken()),
                "expiresAt", connection.getAccessTokenExpiresAt());
    }

    @PostMapping("/me/refresh")
    public ResponseEntity<Map<String, Object>> refresh(Authentication authentication) {
        OAuth2AuthorizedClient client = tokenRefreshService.refresh(authentication);
        ResponseCookie cookie = ResponseCookie.from("ph_access", client.getAccessToken().getTokenValue())
                .secure(true)
                .sameSite("Lax")
                .path("/")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .body(Map.of("refreshed", true, "expiresAt", client.getAccessToken().getExpiresAt()));
    }

    private PostHogConnection findConnection(Authentication authentication) {
        return repository
                .findByClientRegistrationIdAndPrincipalName(PostHogKeys.REGISTRATION_ID, authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
