package com.northwind.flagsync.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Instant;
import java.util.Set;

/** Internal billing API: which plan and add-ons an organisation pays for. */
@FeignClient(name = "billing", url = "${billing.base-url}", configuration = BillingFeignConfig.class)
public interface BillingApiClient {

    @GetMapping("/internal/v2/organizations/{orgId}/subscription")
    Subscription subscription(@PathVariable("orgId") String orgId);

    record Subscription(String orgId, String plan, Set<String> addOns, Instant renewsAt) {
    }
}
