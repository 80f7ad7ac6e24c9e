package com.relaymesh.streamrelay.messaging;

import java.time.Instant;
import java.util.Map;

public record RelayEvent(
        String distinctId,
        String event,
        Map<String, Object> properties,
        Instant timestamp,
        String source) {

    public boolean isDeploy() {
        return "deploy_finished".equals(event);
    }
}
