package com.northwind.identity.client;

import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import com.northwind.identity.config.IssuerConstants;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

@Service
public class ClientProvisioningService {

    private static final Logger log = LogManager.getLogger(ClientProvisioningService.class);

    private static final int MIN_SECRET_LENGTH = 24;

    private final StringKeyGenerator secretGenerator =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32);

    private final RegisteredClientRepository repository;
    private final PasswordEncoder passwordEncoder;

    public ClientProvisioningService(RegisteredClientRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    public ProvisionedClient provision(ClientRegistrationRequest request) {
        if (repository.findByClientId(request.clientId()) != null) {
            throw new ClientProvisioningException(HttpStatus.CONFLICT,
                    "Client " + request.clientId() + " already exists");
        }
        String clientSecret = StringUtils.hasText(request.clientSecret())
                ? request.clientSecret()
                : secretGenerator.generateKey();
        if (clientSecret.length() < MIN_SECRET_LENGTH) {
            throw new ClientProvisioningException(HttpStatus.BAD_REQUEST,
                    "Client secret '" + clientSecret + "' for " + request.clientId()
                            + " is shorter than " + MIN_SECRET_LENGTH + " characters");
        }

        RegisteredClient.Builder builder = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(request.clientId())
                .clientName(request.clientName())
                .clientSecret(passwordEncoder.encode(clientSecret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .setting(IssuerConstants.CLIENT_SETTING_TENANT, request.tenant())
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(Math.max(5, request.accessTokenMinutes())))
                        .build());
        request.scopes().forEach(builder::scope);
        RegisteredClient client = builder.build();
        repository.save(client);

        log.info("Provisioned client {} for tenant {} (secret sha256={})",
                client.getClientId(), request.tenant(), DigestUtils.sha256Hex(clientSecret));
        return new ProvisionedClient(client.getId(), client.getClientId(), clientSecret, client.getScopes());
    }

    public ClientSummary find(String clientId) {
        RegisteredClient client = repository.findByClientId(clientId);
        if (client == null) {
            throw new ClientProvisioningException(HttpStatus.NOT_FOUND, "Unknown client " + clientId);
        }
        return new ClientSummary(client.getId(), client.getClientId(), client.getClientName(),
                client.getScopes(), client.getClientSecretExpiresAt() != null);
    }

    public record ClientRegistrationRequest(
            @NotBlank String clientId,
            @NotBlank String clientName,
            @NotBlank String tenant,
            @NotEmpty Set<String> scopes,
            String clientSecret,
            int accessTokenMinutes) {
    }

    /** Returned once, on creation; the secret is only stored hashed afterwards. */
    public record ProvisionedClient(String id, String clientId, String clientSecret, Set<String> scopes) {
    }

    public record ClientSummary(String id, String clientId, String clientName, Set<String> scopes,
            boolean secretExpires) {
    }
}
