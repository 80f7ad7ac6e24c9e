package com.northwind.partnersync.http;

import java.io.IOException;

import com.northwind.partnersync.config.PartnerApiProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.stereotype.Component;

/**
 * Obtains (and caches, via the authorized client service) a client-credentials token for the
 * partner and attaches it to every outgoing request.
 */
@Component
public class OAuth2BearerInterceptor implements ClientHttpRequestInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OAuth2BearerInterceptor.class);

    private static final String PRINCIPAL = "partner-sync-service";

    private final OAuth2AuthorizedClientManager authorizedClientManager;
    private final MeterRegistry meterRegistry;

    public OAuth2BearerInterceptor(OAuth2AuthorizedClientManager authorizedClientManager, MeterRegistry meterRegistry) {
        this.authorizedClientManager = authorizedClientManager;
        this.meterRegistry = meterRegistry;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        OAuth2AuthorizeRequest authorizeRequest = OAuth2AuthorizeRequest
                .withClientRegistrationId(PartnerApiProperties.REGISTRATION_ID)
                .principal(PRINCIPAL)
                .build();

        OAuth2AuthorizedClient client = authorizedClientManager.authorize(authorizeRequest);
        if (client == null) {
            meterRegistry.counter("partner.oauth2.authorize", "outcome", "no_client").increment();
            throw new IllegalStateException("Client credentials grant returned no client for " + PartnerApiProperties.REGISTRATION_ID);
        }

        OAuth2AccessToken accessToken = client.getAccessToken();
        meterRegistry.counter("partner.oauth2.authorize", "outcome", "ok").increment();
        log.debug("Authorized {} with token type {} expiring at {}", PRINCIPAL, accessToken.getTokenType().getValue(), accessToken.getExpiresAt());
        log.trace("Attaching partner access token {} to {} {}", accessToken.getTokenValue(), request.getMethod(), request.getURI());

        request.getHeaders().setBearerAuth(accessToken.getTokenValue());
        return execution.execute(request, body);
    }
}
