package com.northwind.identity.client;

import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.northwind.identity.config.IssuerConstants;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * Registers the admin console client on first start-up of an empty database.
 */
@Component
public class RegisteredClientSeeder implements ApplicationRunner {

    private static final Logger log = LogManager.getLogger(RegisteredClientSeeder.class);

    static final String CONSOLE_CLIENT_ID = "issuer-admin-console";

    private final StringKeyGenerator secretGenerator =
            new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32);

    private final RegisteredClientRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final String consoleRedirectUri;

    public RegisteredClientSeeder(RegisteredClientRepository repository, PasswordEncoder passwordEncoder,
            @Value("${issuer.seed.console-redirect-uri}") String consoleRedirectUri) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.consoleRedirectUri = consoleRedirectUri;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.findByClientId(CONSOLE_CLIENT_ID) != null) {
            log.debug("Client {} already registered, skipping seed", CONSOLE_CLIENT_ID);
            return;
        }
        String clientSecret = secretGenerator.generateKey();
        RegisteredClient console = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CONSOLE_CLIENT_ID)
                .clientName("Issuer admin console")
                .clientSecret(passwordEncoder.encode(clientSecret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(consoleRedirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(IssuerConstants.ADMIN_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(true)
                        .setting(IssuerConstants.CLIENT_SETTING_TENANT, "northwind")
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(Duration.ofMinutes(15))
                        .refreshTokenTimeToLive(Duration.ofHours(8))
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        repository.save(console);
        log.info("Seeded client '{}' with initial secret {} - rotate it after the first login",
                CONSOLE_CLIENT_ID, clientSecret);
    }
}
