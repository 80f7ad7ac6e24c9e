package com.northwind.reports.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Mints short-lived JWTs for the scheduler so that jobs call our own /api endpoints as a service principal.
 */
@Singleton
public class ServiceTokenIssuer {

    public enum TokenKind { SERVICE, OPERATOR_IMPERSONATION }

    private static final Logger LOG = LoggerFactory.getLogger(ServiceTokenIssuer.class);
    private static final int TOKEN_TTL_SECONDS = 300;

    private final TokenGenerator tokenGenerator;

    public ServiceTokenIssuer(TokenGenerator tokenGenerator) {
        this.tokenGenerator = tokenGenerator;
    }

    public String issueFor(String jobName) {
        TokenKind token = TokenKind.SERVICE;
        LOG.debug("Issuing {} token for job {} valid for {}s", token, jobName, TOKEN_TTL_SECONDS);

        Authentication principal = Authentication.build("scheduler:" + jobName,
                List.of("ROLE_SERVICE"), Map.of("job", jobName));
        String accessToken = tokenGenerator.generateToken(principal, TOKEN_TTL_SECONDS)
                .orElseThrow(() -> new IllegalStateException("JWT generation failed for job " + jobName));

        LOG.info("Issued service JWT for {}: {}", jobName, accessToken);
        return accessToken;
    }
}
