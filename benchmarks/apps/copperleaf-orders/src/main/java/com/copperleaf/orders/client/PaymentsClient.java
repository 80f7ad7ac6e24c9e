package com.copperleaf.orders.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

@FeignClient(name = "payments", url = "${payments.url}")
public interface PaymentsClient {

    String API_KEY_HEADER = "X-Api-Key";

    @PostMapping("/v1/charges")
    ChargeResult charge(@RequestHeader(API_KEY_HEADER) String apiKey, @RequestBody ChargeRequest request);

    record ChargeRequest(String orderId, long amountMinor, String currency, String paymentToken) {
    }

    record ChargeResult(String chargeId, String status) {
    }
}
