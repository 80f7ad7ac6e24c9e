package com.kelpford.usage.batch;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of {@code usage_daily} joined with the account's API credential, as read by
 * the export step.
 */
public record UsageRecord(
        long accountId,
        String accountName,
        String meter,
        BigDecimal quantity,
        LocalDate day,
        String apiToken) {
}
