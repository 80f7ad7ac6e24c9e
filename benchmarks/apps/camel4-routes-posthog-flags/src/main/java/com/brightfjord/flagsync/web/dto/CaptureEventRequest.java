package com.brightfjord.flagsync.web.dto;

import java.util.Map;

public record CaptureEventRequest(
        String distinctId,
        String event,
        Map<String, Object> properties,
        boolean serverSide) {
}
