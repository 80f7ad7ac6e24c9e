package io.northwind.flagbridge.web;

import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.oauth.OAuthConnection;
import io.northwind.flagbridge.oauth.OAuthConnectionRepository;
import io.northwind.flagbridge.oauth.PostHogCredentials;
import io.northwind.flagbridge.oauth.TokenRefreshScheduler;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/connections")
public class ConnectionController {

    private final OAuthConnectionRepository connections;
    private final TokenRefreshScheduler tokenRefresher;
    private final OAuth2AuthorizedClientService clientService;
    private final FlagBridgeProperties properties;

    public ConnectionController(OAuthConnectionRepository connections, TokenRefreshScheduler tokenRefresher,
                                OAuth2AuthorizedClientService clientService, FlagBridgeProperties properties) {
        this.connections = connections;
        this.tokenRefresher = tokenRefresher;
        this.clientService = clientService;
        this.properties = properties;
    }

    @GetMapping
    public List<ConnectionSummary> list(@AuthenticationPrincipal OAuth2User user) {
        return connections.findByPrincipalNameOrderByCreatedAtDesc(user.getName()).stream()
                .map(ConnectionSummary::from)
                .toList();
    }

    @GetMapping("/{id}")
    public ConnectionDetails details(@PathVariable UUID id, @AuthenticationPrincipal OAuth2User user) {
        OAuthConnection connection = owned(id, user);
        return ConnectionDetails.of(connection, properties.appHost());
    }

    @PostMapping("/{id}/refresh")
    public ResponseEntity<ConnectionSummary> refresh(@PathVariable UUID id, @AuthenticationPrincipal OAuth2User user) {
        OAuthConnection connection = owned(id, user);
        PostHogCredentials refreshed = tokenRefresher.refresh(connection);
        return ResponseEntity.ok().header("X-PostHog-Access-Token", refreshed.accessToken()).body(ConnectionSummary.from(connection));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> disconnect(@PathVariable UUID id, @AuthenticationPrincipal OAuth2User user) {
        OAuthConnection connection = owned(id, user);
        clientService.removeAuthorizedClient(connection.getClientRegistrationId(), connection.getPrincipalName());
        return ResponseEntity.noContent().build();
    }

    private OAuthConnection owned(UUID id, OAuth2User user) {
        return connections.findById(id)
                .filter(c -> c.getPrincipalName().equals(user.getName()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
