package io.northwind.flaggate.security;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.helidon.config.Config;
import io.helidon.security.AuthenticationResponse;
import io.helidon.security.Principal;
import io.helidon.security.ProviderRequest;
import io.helidon.security.Subject;
import io.helidon.security.spi.AuthenticationProvider;
import io.northwind.flaggate.config.PostHogConstants;
import io.northwind.flaggate.model.ApiKeyScope;
import io.northwind.flaggate.util.KeyMasker;

/**
 * Authenticates gateway clients by the {@code X-Api-Key} / {@code X-Client-Id} header pair.
 */
public class ApiKeyAuthProvider implements AuthenticationProvider {

    private static final System.Logger LOGGER = System.getLogger(ApiKeyAuthProvider.class.getName());

    private final Map<String, ClientCredentials> clients;

    public ApiKeyAuthProvider(Config config) {
        this.clients = config.get("security.api-clients").asNodeList().orElse(List.of())
                .stream()
                .map(ClientCredentials::from)
                .collect(Collectors.toMap(ClientCredentials::clientId, Function.identity()));
    }

    @Override
    public AuthenticationResponse authenticate(ProviderRequest providerRequest) {
        Map<String, List<String>> headers = providerRequest.env().headers();
        Optional<String> clientId = first(headers, PostHogConstants.CLIENT_ID_HEADER);
        Optional<String> presented = first(headers, PostHogConstants.API_KEY_HEADER);

        if (clientId.isEmpty() || presented.isEmpty()) {
            return AuthenticationResponse.abstain();
        }

        ClientCredentials credentials = clients.get(clientId.get());
        if (credentials == null) {
            LOGGER.log(Level.WARNING, "Unknown client {0}, key fingerprint {1}",
                    clientId.get(), KeyMasker.sha256(presented.get()));
            return AuthenticationResponse.failed("Unknown client");
        }

        if (!KeyMasker.constantTimeEquals(credentials.clientSecret(), presented.get())) {
            LOGGER.log(Level.WARNING, "Client {0} presented wrong API key {1}", clientId.get(), presented.get());
            return AuthenticationResponse.failed("Invalid API key");
        }

        ApiKeyScope apiKeyScope = credentials.scope();
        LOGGER.log(Level.DEBUG, "Client {0} authenticated with scope {1}", clientId.get(), apiKeyScope);
        LOGGER.log(Level.TRACE, "Resolved credentials: " + credentials);

        Subject subject = Subject.builder()
                .principal(Principal.create(credentials.clientId()))
                .addAttribute("scope", apiKeyScope.name())
                .build();
        return AuthenticationResponse.success(subject);
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst();
    }
}
