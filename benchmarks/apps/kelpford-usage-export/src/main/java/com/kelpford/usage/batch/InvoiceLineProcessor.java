package com.kelpford.usage.batch;

import org.springframework.batch.core.SkipListener;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Prices usage rows. Rows for unknown meters are skipped and reported.
 */
@Component
public class InvoiceLineProcessor implements ItemProcessor<UsageRecord, InvoiceLine>, SkipListener<UsageRecord, InvoiceLine> {

    private static final Logger LOG = Logger.getLogger(InvoiceLineProcessor.class.getName());

    private static final Map<String, BigDecimal> PRICES = Map.of(
            "api_calls", new BigDecimal("0.0004"),
            "storage_gb_day", new BigDecimal("0.0031"),
            "seats", new BigDecimal("0.3300"));

    @Override
    public InvoiceLine process(UsageRecord item) {
        BigDecimal price = PRICES.get(item.meter());
        if (price == null) {
            throw new IllegalArgumentException("unknown meter " + item.meter() + " for account " + item.accountId());
        }
        TokenScope token = TokenScope.READ_USAGE;
        LOG.log(Level.FINEST, "pricing account {0} meter {1} (token scope {2}, has token {3})",
                new Object[] {item.accountId(), item.meter(), token, item.apiToken() != null});
        InvoiceLine line = InvoiceLine.builder()
                .accountId(item.accountId())
                .accountName(item.accountName())
                .meter(item.meter())
                .quantity(item.quantity())
                .unitPrice(price)
                .amount(item.quantity().multiply(price).setScale(2, RoundingMode.HALF_UP))
                .day(item.day())
                .customerToken(item.apiToken())
                .build();
        LOG.fine(() -> "priced " + line);
        return line;
    }

    @Override
    public void onSkipInProcess(UsageRecord item, Throwable t) {
        LOG.log(Level.WARNING, "skipped usage row " + item + ": " + t.getMessage());
    }
}
