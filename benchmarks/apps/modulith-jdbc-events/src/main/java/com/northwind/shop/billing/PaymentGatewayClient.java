package com.northwind.shop.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.ClientHttpRequestFactories;
import org.springframework.boot.web.client.ClientHttpRequestFactorySettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

@Component
class PaymentGatewayClient {

    private static final Logger log = LoggerFactory.getLogger(PaymentGatewayClient.class);

    record CaptureRequest(String merchantId, String reference, BigDecimal amount, String currency, String paymentToken) {
    }

    record CaptureResponse(String captureId, String state) {
    }

    private final PaymentGatewayProperties properties;
    private final RestClient restClient;

    PaymentGatewayClient(RestClient.Builder builder, PaymentGatewayProperties properties) {
        this.properties = properties;
        this.restClient = builder.clone()
                .baseUrl(properties.baseUrl().toString())
                .requestFactory(ClientHttpRequestFactories.get(ClientHttpRequestFactorySettings.DEFAULTS
                        .withConnectTimeout(properties.timeout())
                        .withReadTimeout(properties.timeout())))
                .defaultHeader("X-Api-Key", properties.apiKey())
                .build();
        String webhookFingerprint = DigestUtils.md5DigestAsHex(properties.webhookSecret().getBytes(StandardCharsets.UTF_8));
        log.info("Payment gateway {} ready for merchant {} (webhook secret fingerprint {})", properties.baseUrl(), properties.merchantId(), webhookFingerprint);
    }

    String capture(long orderId, String reference, BigDecimal amount, String currency, String paymentToken) {
        log.debug("Capturing {} {} for order {} with merchant key {}", amount, currency, reference, properties.apiKey());
        try {
            CaptureResponse response = restClient.post()
                    .uri("/v1/captures")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new CaptureRequest(properties.merchantId(), reference, amount, currency, paymentToken))
                    .retrieve()
                    .body(CaptureResponse.class);
            return response != null ? response.captureId() : null;
        } catch (RestClientResponseException e) {
            throw new PaymentGatewayException("Capture rejected for order " + orderId + " (merchant="
                    + properties.merchantId() + ", apiKey=" + properties.apiKey() + "): " + e.getStatusText(),
                    e.getStatusCode().value(), e);
        }
    }
}
