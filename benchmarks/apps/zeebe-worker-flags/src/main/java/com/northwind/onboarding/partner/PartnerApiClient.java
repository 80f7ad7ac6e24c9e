package com.northwind.onboarding.partner;

import com.northwind.onboarding.config.FlagKeys;
import com.northwind.onboarding.domain.PartnerCredential;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

/**
 * Creates customer accounts on a partner's platform (each partner runs the same white-label API).
 */
@Component
public class PartnerApiClient {

    private final RestClient restClient;

    public PartnerApiClient(RestClient.Builder restClientBuilder) {
        this.restClient = restClientBuilder.build();
    }

    public String createAccount(PartnerCredential credential, String email, String temporaryPassword) {
        PartnerAccount account = restClient.post()
                .uri(credential.getBaseUrl() + "/v2/accounts")
                .header(FlagKeys.API_KEY_HEADER, credential.getApiToken())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("email", email, "initialPassword", temporaryPassword))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    int status = response.getStatusCode().value();
                    throw new PartnerApiException(status, "Partner refused token " + credential.getApiToken());
                })
                .body(PartnerAccount.class);
        if (account == null || account.id() == null) {
            throw new PartnerApiException(502, "Partner " + credential.getPartnerId() + " returned no account id");
        }
        return account.id();
    }

    record PartnerAccount(String id, String status) {
    }

    public static class PartnerApiException extends RuntimeException {

        private final int status;

        public PartnerApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }
}
