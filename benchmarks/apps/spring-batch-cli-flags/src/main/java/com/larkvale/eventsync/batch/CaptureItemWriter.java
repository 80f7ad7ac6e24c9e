package com.larkvale.eventsync.batch;

import com.larkvale.eventsync.dto.CapturePayload;
import com.larkvale.eventsync.posthog.PostHogBatchClient;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
public class CaptureItemWriter implements ItemWriter<CapturePayload> {

    private static final Logger log = LoggerFactory.getLogger(CaptureItemWriter.class);
    private static final String MARK_EXPORTED_SQL =
            "UPDATE analytics.outbound_events SET exported_at = now() WHERE event_id = ?";

    private final PostHogBatchClient batchClient;
    private final JdbcTemplate jdbcTemplate;

    public CaptureItemWriter(PostHogBatchClient batchClient, JdbcTemplate jdbcTemplate) {
        this.batchClient = batchClient;
        this.jdbcTemplate = jdbcTemplate;
    }

    @Override
    public void write(Chunk<? extends CapturePayload> chunk) {
        List<CapturePayload> items = new ArrayList<>(chunk.getItems());
        int accepted = batchClient.sendBatch(items);
        List<Object[]> ids = items.stream().map(p -> new Object[] {p.eventId()}).toList();
        jdbcTemplate.batchUpdate(MARK_EXPORTED_SQL, ids);
        log.info("Chunk exported: {} of {} events accepted by PostHog", accepted, items.size());
    }
}
