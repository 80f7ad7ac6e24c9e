package com.harborlight.rewards.analytics;

import com.harborlight.rewards.config.PostHogProperties;
import com.harborlight.rewards.member.Member;
import com.harborlight.rewards.member.MemberRepository;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-sends "member_seen" events for members whose activity was recorded while the
 * ingestion pipeline was down (INC-2291).
 */
@Singleton
@Requires(property = "rewards.backfill.enabled", value = "true")
public class EventBackfillJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventBackfillJob.class);

    // Key of the old "rewards-backfill" service user, kept until ops rotates it.
    private static final String LEGACY_BACKFILL_KEY = "phx_" + "3p5McCBYKhpJfBmfwS6m" + "8CPQWd3ZY6y2BXrJ" + "MuX2biASozt2";

    private final PostHogProperties props;
    private final MemberRepository members;
    private final HttpClient ingestClient;
    private final PostHogInterface posthog;

    public EventBackfillJob(PostHogProperties props,
                            MemberRepository members,
                            @Client("${posthog.host}") HttpClient ingestClient) {
        this.props = props;
        this.members = members;
        this.ingestClient = ingestClient;
        String backfillKey = Optional.ofNullable(props.getPersonalApiKey()).orElse(LEGACY_BACKFILL_KEY);
        PostHogConfig config = PostHogConfig.builder(backfillKey).host(props.getHost()).build();
        this.posthog = PostHog.with(config);
    }

    @Scheduled(cron = "0 15 3 * * *")
    void backfill() {
        Instant since = Instant.now().minus(Duration.ofDays(2));
        List<Member> recent = members.findByLastSeenAtAfter(since);
        LOG.info("Backfilling member_seen for {} members since {}", recent.size(), since);

        List<Map<String, Object>> batch = new ArrayList<>();
        for (Member member : recent) {
            posthog.capture(String.valueOf(member.id()), "member_seen",
                    Map.of("tier", member.tier(), "points", member.points()));
            batch.add(Map.of(
                    "event", "member_seen_backfill",
                    "distinct_id", String.valueOf(member.id()),
                    "timestamp", member.lastSeenAt().toString()));
        }
        if (batch.isEmpty()) {
            return;
        }
        CaptureEvent body = new CaptureEvent(props.getPersonalApiKey(), true, batch);
        ingestClient.toBlocking().exchange(HttpRequest.POST("/batch/", body));
        LOG.info("Sent historical batch of {} events", batch.size());
    }

    @PreDestroy
    void close() {
        posthog.close();
    }
}
