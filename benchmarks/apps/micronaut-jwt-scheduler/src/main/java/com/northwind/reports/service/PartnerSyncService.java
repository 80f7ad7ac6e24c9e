package com.northwind.reports.service;

import com.northwind.reports.client.PartnerBillingClient;
import com.northwind.reports.client.PartnerBillingClient.UploadReceipt;
import com.northwind.reports.client.PartnerBillingClient.UsageReport;
import com.northwind.reports.security.ServiceTokenIssuer;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

@Singleton
public class PartnerSyncService {

    private final PartnerBillingClient partnerClient;
    private final ServiceTokenIssuer tokenIssuer;
    private final UsageAggregator usageAggregator;
    private final String accountId;
    private final String partnerApiKey;

    public PartnerSyncService(PartnerBillingClient partnerClient,
                              ServiceTokenIssuer tokenIssuer,
                              UsageAggregator usageAggregator,
                              @Value("${partner.billing.account-id}") String accountId,
                              @Value("${partner.billing.api-key}") String partnerApiKey) {
        this.partnerClient = partnerClient;
        this.tokenIssuer = tokenIssuer;
        this.usageAggregator = usageAggregator;
        this.accountId = accountId;
        this.partnerApiKey = partnerApiKey;
    }

    public UploadReceipt syncDay(LocalDate day) {
        long activeUsers = usageAggregator.activeUsers(day);
        long evaluations = usageAggregator.flagEvaluations(day);
        BigDecimal units = BigDecimal.valueOf(evaluations).divide(BigDecimal.valueOf(1000), 3, RoundingMode.HALF_UP);
        UsageReport report = new UsageReport(day, activeUsers, evaluations, units);

        String callbackAuthorization = "Bearer " + tokenIssuer.issueFor("partner-callback");
        try {
            return partnerClient.uploadUsage(accountId, partnerApiKey, callbackAuthorization, report);
        } catch (HttpClientResponseException e) {
            throw new ReportSyncException("Partner billing rejected usage upload for " + day
                    + " (account " + accountId + ", key " + partnerApiKey + "): HTTP " + e.getStatus().getCode(),
                    accountId, e);
        }
    }

    /** Raised when the partner refuses an upload; mapped to 502 by ReportSyncExceptionHandler. */
    public static class ReportSyncException extends RuntimeException {

        private final String accountId;

        public ReportSyncException(String message, String accountId, Throwable cause) {
            super(message, cause);
            this.accountId = accountId;
        }

        public String getAccountId() {
            return accountId;
        }
    }
}
