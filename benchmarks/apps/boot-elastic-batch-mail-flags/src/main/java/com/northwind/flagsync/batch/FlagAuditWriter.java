package com.northwind.flagsync.batch;

import com.northwind.flagsync.domain.FlagAuditDocument;
import com.northwind.flagsync.domain.FlagAuditRepository;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

@Component
public class FlagAuditWriter implements ItemWriter<FlagAuditDocument> {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditWriter.class);
    private static final String SYNC_BOT_DISTINCT_ID = "flag-sync-bot";

    private final FlagAuditRepository repository;
    private final PostHogInterface auditClient;

    public FlagAuditWriter(FlagAuditRepository repository, @Qualifier("audit") PostHogInterface auditClient) {
        this.repository = repository;
        this.auditClient = auditClient;
    }

    @Override
    public void write(Chunk<? extends FlagAuditDocument> chunk) {
        repository.saveAll(chunk.getItems());
        for (FlagAuditDocument doc : chunk) {
            auditClient.capture(SYNC_BOT_DISTINCT_ID, "feature flag indexed", PostHogCaptureOptions.builder()
                    .property("flag_key", doc.getFlagKey())
                    .property("active", doc.isActive())
                    .property("rollout_percentage", doc.getRolloutPercentage())
                    .build());
        }
        log.info("Indexed {} flag audit documents", chunk.size());
    }
}
