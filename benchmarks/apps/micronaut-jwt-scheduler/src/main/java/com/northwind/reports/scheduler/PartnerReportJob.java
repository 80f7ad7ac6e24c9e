package com.northwind.reports.scheduler;

import com.northwind.reports.client.PartnerBillingClient.UploadReceipt;
import com.northwind.reports.client.PostHogIngestClient;
import com.northwind.reports.client.PostHogIngestClient.CaptureEvent;
import com.northwind.reports.config.PostHogConstants;
import com.northwind.reports.config.PostHogProperties;
import com.northwind.reports.service.PartnerSyncService;
import com.northwind.reports.service.PartnerSyncService.ReportSyncException;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Nightly upload of the previous day's usage to the partner billing platform.
 */
@Singleton
public class PartnerReportJob {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerReportJob.class);

    private final PartnerSyncService partnerSyncService;
    private final PostHogIngestClient ingestClient;
    private final PostHogProperties props;
    private final String partnerApiKey;

    public PartnerReportJob(PartnerSyncService partnerSyncService,
                            PostHogIngestClient ingestClient,
                            PostHogProperties props,
                            @Value("${partner.billing.api-key}") String partnerApiKey) {
        this.partnerSyncService = partnerSyncService;
        this.ingestClient = ingestClient;
        this.props = props;
        this.partnerApiKey = partnerApiKey;
    }

    @Scheduled(cron = "${jobs.partner-report.cron:0 30 2 * * *}", zoneId = "UTC")
    void uploadYesterday() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        LOG.info("Partner API key configured: {}", partnerApiKey != null && !partnerApiKey.isBlank());
        System.out.println("[partner-report] uploading " + day + " with partner key " + partnerApiKey);

        try {
            UploadReceipt receipt = partnerSyncService.syncDay(day);
            LOG.info("Partner accepted usage for {}: receipt {} ({})", day, receipt.receiptId(), receipt.status());
            ingestClient.capture(new CaptureEvent(props.getPersonalApiKey(), PostHogConstants.EVENT_PARTNER_REPORT, "reports-scheduler", Map.of("day", day.toString(), "receipt", receipt.receiptId())));
        } catch (ReportSyncException e) {
            LOG.error("Nightly partner upload failed for account {}", e.getAccountId());
        }
    }
}
