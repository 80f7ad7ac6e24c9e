package com.northwind.flagsync.streams;

import com.northwind.flagsync.client.BillingApiClient;
import com.northwind.flagsync.client.BillingApiClient.Subscription;
import com.northwind.flagsync.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.service.PostHogFlagService;
import com.northwind.flagsync.service.SyncCredentialsFactory;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;
import org.springframework.kafka.support.serializer.JsonSerde;

import java.time.Instant;
import java.util.List;

import static net.logstash.logback.argument.StructuredArguments.kv;

/**
 * billing.subscription-changed  →  [enrich with billing plan]  →  [apply rollout in PostHog]
 * →  flags.sync-results
 */
@Configuration
@EnableKafkaStreams
public class FlagSyncTopology {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncTopology.class);

    static final String INPUT_TOPIC = "billing.subscription-changed";
    static final String OUTPUT_TOPIC = "flags.sync-results";

    private final PostHogFlagService flagService;
    private final BillingApiClient billingApi;
    private final PostHogProperties properties;
    private final SyncCredentialsFactory credentialsFactory;
    private final FlagFilterParser filterParser = new FlagFilterParser();

    public FlagSyncTopology(PostHogFlagService flagService, BillingApiClient billingApi,
                            PostHogProperties properties, SyncCredentialsFactory credentialsFactory) {
        this.flagService = flagService;
        this.billingApi = billingApi;
        this.properties = properties;
        this.credentialsFactory = credentialsFactory;
    }

    public record SubscriptionChanged(String orgId, String previousPlan, String newPlan, String flagFilter) {
    }

    public record SyncResult(String orgId, String flagKey, int rolloutPercentage, Instant appliedAt) {
    }

    @Bean
    public KStream<String, SubscriptionChanged> subscriptionChanges(StreamsBuilder streams) {
        log.info("building flag-sync topology with {}", credentialsFactory.resolve());
        log.info("local evaluation enabled every {}s", properties.getPollIntervalSeconds());
        log.info("local evaluation key", kv("secureKey", properties.getFeatureFlagsSecureApiKey()));

        KStream<String, SubscriptionChanged> changes = streams.stream(INPUT_TOPIC,
                Consumed.with(Serdes.String(), new JsonSerde<>(SubscriptionChanged.class)));

        changes
                .filter((orgId, change) -> change != null && change.flagFilter() != null)
                .flatMapValues(this::applyRollouts)
                .to(OUTPUT_TOPIC, Produced.with(Serdes.String(), new JsonSerde<>(SyncResult.class)));

        return changes;
    }

    private List<SyncResult> applyRollouts(SubscriptionChanged change) {
        Subscription subscription = billingApi.subscription(change.orgId());
        List<FlagFilterParser.Condition> conditions = filterParser.parse(change.flagFilter());
        boolean entitled = conditions.stream().allMatch(c -> switch (c.property()) {
            case "plan" -> c.value().equals(subscription.plan());
            case "addon" -> subscription.addOns().contains(c.value());
            default -> false;
        });
        int rollout = entitled ? 100 : 0;
        return flagService.currentFlags().stream()
                .filter(flag -> flag.key().startsWith("org-" + change.orgId() + "-"))
                .map(flag -> {
                    FeatureFlag updated = flagService.setRollout(flag, rollout);
                    log.info("flag updated", kv("orgId", change.orgId()), kv("flag", updated.key()),
                            kv("rollout", rollout));
                    return new SyncResult(change.orgId(), updated.key(), rollout, Instant.now());
                })
                .toList();
    }
}
