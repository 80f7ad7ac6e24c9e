package com.northwind.shop.billing;

import java.time.Duration;

import com.northwind.shop.orders.OrderPlaced;
import com.northwind.shop.orders.OrderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
class BillingListener {

    private static final Logger log = LoggerFactory.getLogger(BillingListener.class);

    private final PaymentGatewayClient gateway;
    private final OrderService orders;
    private final IncompleteEventPublications incompletePublications;

    BillingListener(PaymentGatewayClient gateway, OrderService orders,
                    IncompleteEventPublications incompletePublications) {
        this.gateway = gateway;
        this.orders = orders;
        this.incompletePublications = incompletePublications;
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        try {
            String captureId = gateway.capture(event.orderId(), event.reference(), event.total(), event.currency(),
                    event.paymentToken());
            orders.markPaid(event.orderId(), captureId);
            log.info("Order {} paid (capture {})", event.reference(), captureId);
        } catch (PaymentGatewayException ex) {
            log.error("Payment capture failed for order {} (status {})", event.reference(), ex.getStatus(), ex);
            if (ex.isRetryable()) {
                // leave the publication incomplete so the scheduled resubmission picks it up again
                throw ex;
            }
        }
    }

    @Scheduled(cron = "${billing.retry-cron:0 */5 * * * *}")
    void resubmitFailedCaptures() {
        incompletePublications.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
    }
}
