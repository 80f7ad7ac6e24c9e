package com.northwind.partnersync.partner;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.northwind.partnersync.config.PartnerApiProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestTemplate;

@Component
public class PartnerApiClient {

    private final RestTemplate restTemplate;
    private final PartnerApiProperties partner;

    public PartnerApiClient(@Qualifier("partnerRestTemplate") RestTemplate restTemplate, PartnerApiProperties partner) {
        this.restTemplate = restTemplate;
        this.partner = partner;
    }

    /**
     * A 401 is retried as well: the partner rotates signing keys without notice and a second
     * client-credentials grant usually succeeds.
     */
    @Retryable(retryFor = {PartnerApiException.class, ResourceAccessException.class},
            maxAttempts = 4,
            backoff = @Backoff(delay = 2000, multiplier = 2.0, maxDelay = 30000))
    public List<PartnerOrder> fetchOrdersSince(Instant since) {
        try {
            PartnerOrder[] orders = restTemplate.getForObject("/v2/orders?updatedSince={since}&limit=500",
                    PartnerOrder[].class, since.toString());
            return orders == null ? List.of() : List.of(orders);
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden e) {
            throw new PartnerApiException("Partner API refused credentials (client " + partner.clientId()
                    + ", api key " + partner.apiKey() + "): " + e.getStatusCode(), e);
        } catch (HttpServerErrorException e) {
            throw new PartnerApiException("Partner API unavailable: " + e.getStatusCode(), e);
        }
    }

    @Retryable(retryFor = ResourceAccessException.class, maxAttempts = 3, backoff = @Backoff(delay = 1000))
    public void acknowledge(String orderRef) {
        restTemplate.postForLocation("/v2/orders/{ref}/ack", null, orderRef);
    }

    public record PartnerOrder(String orderRef, String status, String tags, BigDecimal total, Instant updatedAt) {
    }
}
