package com.tidewater.invoices.model;

/**
 * Message published on the invoices SQS queue by the billing backend.
 */
public record InvoiceEvent(String invoiceId, String customerId, long sessionId, long amountCents, String currency) {
}
