package com.northwind.reports.client;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.math.BigDecimal;
import java.time.LocalDate;

@Client(id = "partner-billing")
public interface PartnerBillingClient {

    String API_KEY_HEADER = "X-Api-Key";

    @Post("/v2/accounts/{accountId}/usage-reports")
    UploadReceipt uploadUsage(@PathVariable String accountId,
                              @Header(API_KEY_HEADER) String apiKey,
                              @Header("X-Callback-Authorization") String callbackAuthorization,
                              @Body UsageReport report);

    @Serdeable
    record UsageReport(LocalDate day, long activeUsers, long flagEvaluations, BigDecimal billableUnits) {
    }

    @Serdeable
    record UploadReceipt(String receiptId, String status) {
    }
}
