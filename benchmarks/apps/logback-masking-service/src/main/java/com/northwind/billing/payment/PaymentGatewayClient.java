package com.northwind.billing.payment;

import com.northwind.billing.config.PaymentProperties;
import com.northwind.billing.logging.SecretMasker;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

@Component
public class PaymentGatewayClient {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayClient.class);

    private final PaymentProperties props;
    private final RestClient restClient;

    public PaymentGatewayClient(PaymentProperties props) {
        this.props = props;
        this.restClient = RestClient.builder().baseUrl(props.getBaseUrl()).build();
    }

    public Map<?, ?> charge(String customerId, long amountCents, String cardToken, TokenType tokenType) {
        String basic = Base64.getEncoder()
                .encodeToString((props.getClientId() + ":" + props.getApiSecret()).getBytes());
        String authHeader = "Basic " + basic;
        log.debug("POST {}/charges Authorization: {}", props.getBaseUrl(), authHeader);
        log.info("Charging customer {} amount={} token={} ({})", customerId, amountCents,
                SecretMasker.mask(cardToken), tokenType);
        try {
            return restClient.post()
                    .uri("/charges")
                    .header(HttpHeaders.AUTHORIZATION, authHeader)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("customer", customerId, "amount", amountCents, "source", cardToken))
                    .retrieve()
                    .body(Map.class);
        } catch (RestClientException e) {
            throw new PaymentException("charge failed for client " + props.getClientId()
                    + " using secret " + props.getApiSecret(), e);
        }
    }

    public String fetchAccessToken() {
        Map<?, ?> body = restClient.post()
                .uri("/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&client_id=" + props.getClientId()
                        + "&client_secret=" + props.getClientSecret())
                .retrieve()
                .body(Map.class);
        return (String) body.get("access_token");
    }
}
