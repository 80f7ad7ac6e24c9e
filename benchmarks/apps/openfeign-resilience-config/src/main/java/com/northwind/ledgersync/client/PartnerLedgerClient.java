package com.northwind.ledgersync.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@FeignClient(name = "partner-ledger", url = "${partner.base-url}", configuration = PartnerClientConfig.class)
public interface PartnerLedgerClient {

    @GetMapping("/v2/ledgers/{ledgerId}/entries")
    List<LedgerEntry> entries(@PathVariable("ledgerId") String ledgerId, @RequestParam("since") String since);

    record LedgerEntry(String id, String account, BigDecimal amount, String currency, Instant bookedAt) {
    }
}
