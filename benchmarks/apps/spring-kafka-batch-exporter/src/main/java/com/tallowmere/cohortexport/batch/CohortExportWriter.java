package com.tallowmere.cohortexport.batch;

import com.tallowmere.cohortexport.dto.CohortMember;
import com.tallowmere.cohortexport.posthog.PostHogCohortApi;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.stereotype.Component;

@Component
public class CohortExportWriter implements ItemWriter<CohortMember> {

    private static final Logger log = LoggerFactory.getLogger(CohortExportWriter.class);

    private final PostHogCohortApi cohortApi;
    private final Counter exportedMembers;

    public CohortExportWriter(PostHogCohortApi cohortApi, MeterRegistry meterRegistry) {
        this.cohortApi = cohortApi;
        this.exportedMembers = Counter.builder("cohort_export.members")
                .description("Cohort members pushed to PostHog")
                .register(meterRegistry);
    }

    @Override
    public void write(Chunk<? extends CohortMember> chunk) {
        List<? extends CohortMember> items = chunk.getItems();
        if (items.isEmpty()) {
            return;
        }
        long cohortId = items.get(0).cohortId();
        cohortApi.appendMembers(cohortId, List.copyOf(items));
        exportedMembers.increment(items.size());
        log.debug("Chunk of {} members written for cohort {}", items.size(), cohortId);
    }
}
