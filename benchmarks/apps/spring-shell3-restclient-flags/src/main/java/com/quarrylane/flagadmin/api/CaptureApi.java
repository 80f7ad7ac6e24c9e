package com.quarrylane.flagadmin.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/**
 * Raw ingestion endpoint; used by {@code capture raw} to test the pipeline without the SDK queue.
 */
public interface CaptureApi {

    @PostExchange(url = "/capture/", contentType = "application/json")
    void capture(@RequestBody CaptureEvent event);

    record CaptureEvent(
            @JsonProperty("api_key") String apiKey,
            String event,
            @JsonProperty("distinct_id") String distinctId,
            Map<String, Object> properties) {
    }
}
