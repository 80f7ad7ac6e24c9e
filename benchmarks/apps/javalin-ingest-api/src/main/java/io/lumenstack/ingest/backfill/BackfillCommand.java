package io.lumenstack.ingest.backfill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays rows from raw_events into PostHog. Run with {@code ./gradlew backfill}. */
public final class BackfillCommand {

    private static final Logger log = LoggerFactory.getLogger(BackfillCommand.class);
    private static final TypeReference<Map<String, Object>> PROPS = new TypeReference<>() {
    };

    private BackfillCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path propsFile = Path.of(args.length > 0 ? args[0] : "config/backfill.properties");
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(propsFile)) {
            props.load(reader);
        }

        PostHogConfig.Builder builder = PostHogConfig.builder(props.getProperty("posthog.api.key"));
        builder.host(props.getProperty("posthog.host", PostHogConfig.DEFAULT_EU_HOST));
        builder.personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"));
        builder.debug(Boolean.parseBoolean(System.getenv("POSTHOG_DEBUG")));
        builder.flushAt(Integer.parseInt(props.getProperty("backfill.batch.size", "500")));
        PostHogInterface posthog = PostHog.with(builder.build());

        Jdbi jdbi = Jdbi.create(props.getProperty("backfill.jdbc.url"), props.getProperty("backfill.jdbc.user"),
                System.getenv("INGEST_DB_PASSWORD"));
        Instant since = Instant.parse(props.getProperty("backfill.since"));
        ObjectMapper mapper = new ObjectMapper();
        AtomicLong sent = new AtomicLong();

        jdbi.useHandle(handle -> handle
                .createQuery("select distinct_id, event, properties::text as props, occurred_at "
                        + "from raw_events where occurred_at >= :since order by id")
                .bind("since", since)
                .map((rs, ctx) -> {
                    Map<String, Object> properties = new HashMap<>(parse(mapper, rs.getString("props")));
                    properties.put("backfilled", true);
                    posthog.capture(rs.getString("distinct_id"), rs.getString("event"), PostHogCaptureOptions.builder()
                            .properties(properties)
                            .timestamp(rs.getTimestamp("occurred_at").toInstant())
                            .build());
                    return sent.incrementAndGet();
                })
                .forEach(n -> {
                    if (n % 10_000 == 0) {
                        log.info("... {} events replayed", n);
                    }
                }));

        posthog.flush();
        posthog.close();
        log.info("Backfilled {} events since {} using {}", sent.get(), since, propsFile);
    }

    private static Map<String, Object> parse(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, PROPS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
