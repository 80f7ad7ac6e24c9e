package com.harborlight.rewards.cohorts;

import com.harborlight.rewards.cohorts.CohortExportService.CohortExportException;
import com.harborlight.rewards.member.MemberRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly: members in the "VIP candidates" cohort get upgraded to the VIP tier.
 */
@Singleton
public class CohortExportJob {

    private static final Logger LOG = LoggerFactory.getLogger(CohortExportJob.class);

    private final CohortExportService exportService;
    private final MemberRepository members;
    private final long vipCohortId;

    public CohortExportJob(CohortExportService exportService,
                           MemberRepository members,
                           @Value("${rewards.cohort-export.vip-cohort-id}") long vipCohortId) {
        this.exportService = exportService;
        this.members = members;
        this.vipCohortId = vipCohortId;
    }

    @Scheduled(cron = "${rewards.cohort-export.cron:0 0 2 * * *}")
    void upgradeVipCandidates() {
        try {
            List<Map<String, Object>> persons = exportService.exportCohort(vipCohortId);
            int upgraded = 0;
            for (Map<String, Object> person : persons) {
                Object email = ((Map<?, ?>) person.getOrDefault("properties", Map.of())).get("email");
                if (email == null) {
                    continue;
                }
                upgraded += members.findByEmail(email.toString())
                        .filter(m -> !"VIP".equals(m.tier()))
                        .map(m -> members.update(m.withTier("VIP")))
                        .isPresent() ? 1 : 0;
            }
            LOG.info("Cohort {}: {} persons, {} members upgraded to VIP", vipCohortId, persons.size(), upgraded);
        } catch (CohortExportException e) {
            LOG.error("Nightly VIP cohort export failed", e);
            LOG.info("Reproduce manually with: {}", exportService.reproduceCommand(vipCohortId));
        }
    }
}
