package com.northwind.enricher.streams;

import com.northwind.enricher.config.EnricherConfig;
import com.northwind.enricher.model.EnrichedEvent;
import com.northwind.enricher.model.PageViewEvent;
import com.northwind.enricher.model.PageViewEvent.TokenType;
import com.northwind.enricher.posthog.FlagGate;
import com.northwind.enricher.serde.JsonSerde;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

public final class EnrichmentTopology {

    private static final Logger LOG = LogManager.getLogger(EnrichmentTopology.class);

    static final String GEO_FLAG = "enricher-geo-lookup";
    static final String CAMPAIGN_FLAG = "enricher-campaign-attribution";

    private final EnricherConfig config;
    private final PostHogInterface analytics;
    private final FlagGate flags;

    public EnrichmentTopology(EnricherConfig config, PostHogInterface analytics, FlagGate flags) {
        this.config = config;
        this.analytics = analytics;
        this.flags = flags;
    }

    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(config.getInputTopic(), Consumed.with(Serdes.String(), new JsonSerde<>(PageViewEvent.class)))
                .filter((key, event) -> event != null && event.getDistinctId() != null)
                .mapValues(this::enrich)
                .to(config.getOutputTopic(), Produced.with(Serdes.String(), new JsonSerde<>(EnrichedEvent.class)));
        return builder.build();
    }

    EnrichedEvent enrich(PageViewEvent event) {
        LOG.trace("Enriching {}", event);
        TokenType token = event.getTokenType();
        LOG.debug("Event {} session present={} token={}", event.getEventId(), event.getSessionId() != null, token);

        String country = null;
        if (flags.isEnabled(GEO_FLAG, event.getDistinctId())) {
            country = GeoLookup.countryFor(event.getIp());
        }
        String campaign = null;
        if (flags.isEnabled(CAMPAIGN_FLAG, event.getDistinctId())) {
            campaign = campaignFrom(event.getReferrer());
        }

        analytics.capture(
                event.getDistinctId(),
                "pageview_enriched",
                PostHogCaptureOptions.builder()
                        .property("path", event.getPath())
                        .property("country", country)
                        .property("campaign", campaign)
                        .property("authenticated", token != TokenType.NONE)
                        .build());

        return new EnrichedEvent(event.getEventId(), event.getDistinctId(), event.getPath(),
                country, campaign, token != TokenType.NONE, Instant.now());
    }

    static String campaignFrom(String referrer) {
        if (referrer == null || referrer.isEmpty()) {
            return null;
        }
        String query = URI.create(referrer).getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.toLowerCase(Locale.ROOT).startsWith("utm_campaign=")) {
                return pair.substring("utm_campaign=".length());
            }
        }
        return null;
    }

    static final class GeoLookup {
        private GeoLookup() {
        }

        static String countryFor(String ip) {
            if (ip == null) {
                return null;
            }
            return ip.startsWith("10.") || ip.startsWith("192.168.") ? "internal" : "unknown";
        }
    }
}
