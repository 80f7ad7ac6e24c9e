package com.northwind.billing.payment;

import static net.logstash.logback.argument.StructuredArguments.kv;

import com.northwind.billing.logging.SecretMasker;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class PaymentService {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

    private final PaymentGatewayClient gateway;

    public PaymentService(PaymentGatewayClient gateway) {
        this.gateway = gateway;
    }

    public Map<?, ?> charge(String customerId, long amountCents, String cardToken, TokenType tokenType) {
        try {
            return gateway.charge(customerId, amountCents, cardToken, tokenType);
        } catch (PaymentException e) {
            log.error("Payment for customer {} failed", customerId, e);
            throw e;
        }
    }

    public String refreshProviderToken() {
        String accessToken = gateway.fetchAccessToken();
        log.info("Payment provider token refreshed", kv("accessToken", accessToken));
        log.info("Payment provider token refreshed", kv("tokenPresent", accessToken != null));
        return SecretMasker.mask(accessToken);
    }

    public void logSessionExpiry(long sessionId, TokenType tokenType) {
        log.info("Payment session {} expired, token type {}", sessionId, tokenType);
    }
}
