package com.northwind.partnersync.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.northwind.partnersync.partner.PartnerApiClient;
import com.northwind.partnersync.partner.PartnerApiClient.PartnerOrder;
import com.northwind.partnersync.partner.PartnerApiException;
import com.northwind.partnersync.posthog.FeatureFlagGate;
import com.northwind.partnersync.posthog.JobEventPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Component
public class PartnerOrderSyncJob {

    private static final Logger log = LoggerFactory.getLogger(PartnerOrderSyncJob.class);

    private static final String JOB = "partner-order-sync";
    private static final Set<String> KNOWN_TAGS = Set.of("EXPRESS", "BACKORDER", "HAZMAT", "GIFT", "B2B");

    private final PartnerApiClient partnerApi;
    private final FeatureFlagGate flags;
    private final JobEventPublisher jobEvents;
    private final MeterRegistry meterRegistry;
    private final AtomicLong sessionSequence = new AtomicLong();

    private volatile Instant watermark = Instant.now().minus(Duration.ofHours(1));

    public PartnerOrderSyncJob(PartnerApiClient partnerApi, FeatureFlagGate flags,
                               JobEventPublisher jobEvents, MeterRegistry meterRegistry) {
        this.partnerApi = partnerApi;
        this.flags = flags;
        this.jobEvents = jobEvents;
        this.meterRegistry = meterRegistry;
    }

    @Scheduled(fixedDelayString = "${partner.sync.fixed-delay:PT5M}", initialDelayString = "${partner.sync.initial-delay:PT30S}")
    public void syncOrders() {
        if (!flags.isEnabled("partner-order-sync")) {
            log.info("Flag partner-order-sync is off, skipping run");
            return;
        }

        long syncSessionId = sessionSequence.incrementAndGet();
        log.info("Starting partner order sync session {} from watermark {}", syncSessionId, watermark);
        Timer.Sample sample = Timer.start(meterRegistry);
        long startedAt = System.nanoTime();

        try {
            List<PartnerOrder> orders = partnerApi.fetchOrdersSince(watermark);
            boolean ackEnabled = flags.isEnabled("partner-order-ack");
            for (PartnerOrder order : orders) {
                inspectTags(order);
                if (ackEnabled) {
                    partnerApi.acknowledge(order.orderRef());
                }
            }
            orders.stream()
                    .map(PartnerOrder::updatedAt)
                    .max(Comparator.naturalOrder())
                    .ifPresent(latest -> watermark = latest);

            meterRegistry.counter("partner.orders.synced", Tags.of("partner", "acme-wholesale")).increment(orders.size());
            sample.stop(meterRegistry.timer("partner.orders.sync", "job", JOB, "outcome", "success"));
            jobEvents.publishJobRun(JOB, "success", orders.size(), elapsedMillis(startedAt));
            log.info("Sync session {} processed {} orders, watermark now {}", syncSessionId, orders.size(), watermark);
        } catch (PartnerApiException ex) {
            sample.stop(meterRegistry.timer("partner.orders.sync", "job", JOB, "outcome", "failed"));
            meterRegistry.counter("partner.orders.sync.failures", "reason", "partner_api").increment();
            log.error("Partner order sync session {} failed after retries", syncSessionId, ex);
            jobEvents.publishJobRun(JOB, "failed", 0, elapsedMillis(startedAt));
        }
    }

    private void inspectTags(PartnerOrder order) {
        if (order.tags() == null) {
            return;
        }
        StringTokenizer tokenizer = new StringTokenizer(order.tags(), "|");
        while (tokenizer.hasMoreTokens()) {
            String token = tokenizer.nextToken().trim();
            if (!KNOWN_TAGS.contains(token)) {
                log.debug("Order {} carries unknown tag token '{}', ignoring it", order.orderRef(), token);
            }
        }
    }

    private static long elapsedMillis(long startedAt) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt);
    }
}
