package io.acme.phconnect.connection;

import io.acme.phconnect.config.BuildDefaults;
import io.acme.phconnect.posthog.PostHogApiClient;
import io.acme.phconnect.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
public class ConnectionService {

    private static final Logger log = LoggerFactory.getLogger(ConnectionService.class);

    public enum TokenType { ACCESS, REFRESH }

    private final OAuth2AuthorizedClientService authorizedClients;
    private final JdbcTemplate jdbc;
    private final PostHogApiClient posthogApi;

    public ConnectionService(OAuth2AuthorizedClientService authorizedClients,
                             JdbcTemplate jdbc,
                             PostHogApiClient posthogApi) {
        this.authorizedClients = authorizedClients;
        this.jdbc = jdbc;
        this.posthogApi = posthogApi;
    }

    @Transactional
    public void recordConnected(String principal, String posthogAccessToken) {
        Map<String, Object> org = posthogApi.fetchCurrentOrganization(posthogAccessToken);
        jdbc.update("""
                insert into posthog_connection (principal, organization_id, organization_name)
                values (?, ?, ?)
                on conflict (principal) do update
                   set organization_id = excluded.organization_id,
                       organization_name = excluded.organization_name
                """, principal, org.get("id"), org.get("name"));
        log.info("Stored {} token for {} (org {})", TokenType.ACCESS, principal, org.get("id"));
    }

    public List<String> connectedPrincipals() {
        return jdbc.queryForList(
                "select principal_name from oauth2_authorized_client where client_registration_id = ?",
                String.class, BuildDefaults.REGISTRATION_ID);
    }

    public Optional<PostHogConnection> load(String principal) {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(BuildDefaults.REGISTRATION_ID, principal);
        if (client == null) {
            return Optional.empty();
        }
        Map<String, Object> org = jdbc.queryForMap(
                "select organization_id, organization_name from posthog_connection where principal = ?", principal);
        OAuth2RefreshToken refresh = client.getRefreshToken();
        return Optional.of(new PostHogConnection(
                principal,
                (String) org.get("organization_id"),
                (String) org.get("organization_name"),
                client.getAccessToken().getTokenValue(),
                refresh != null ? refresh.getTokenValue() : null,
                client.getAccessToken().getExpiresAt()));
    }

    public List<ConnectionView> summaries(String principal) {
        return load(principal).stream()
                .map(c -> new ConnectionView(c.organizationId(), c.organizationName(), c.expiresAt(),
                        KeyMasker.mask(c.refreshToken())))
                .toList();
    }

    /** Full view for the desktop companion, which re-authorises on its own. */
    public Optional<ConnectionView> detail(String principal, String organizationId) {
        return load(principal)
                .filter(c -> c.organizationId().equals(organizationId))
                .map(c -> new ConnectionView(c.organizationId(), c.organizationName(), c.expiresAt(), c.refreshToken()));
    }

    @Transactional
    public void disconnect(String principal) {
        authorizedClients.removeAuthorizedClient(BuildDefaults.REGISTRATION_ID, principal);
        jdbc.update("delete from posthog_connection where principal = ?", principal);
    }
}
