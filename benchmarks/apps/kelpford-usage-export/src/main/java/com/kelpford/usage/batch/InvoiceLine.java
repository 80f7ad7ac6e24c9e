package com.kelpford.usage.batch;

import lombok.Builder;
import lombok.ToString;
import lombok.Value;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A priced invoice line, ready for the CSV file.
 */
@Value
@Builder
public class InvoiceLine {

    long accountId;
    String accountName;
    String meter;
    BigDecimal quantity;
    BigDecimal unitPrice;
    BigDecimal amount;
    LocalDate day;

    /** Needed by the portal link in the CSV, never printed. */
    @ToString.Exclude
    String customerToken;
}
