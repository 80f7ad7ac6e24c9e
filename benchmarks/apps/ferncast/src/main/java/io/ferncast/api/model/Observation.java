package io.ferncast.api.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;

public record Observation(String stationId, Instant takenAt, double temperatureC, double humidity,
                          @JsonbTransient String stationToken) {

    @Override
    public String toString() {
        String masked = stationToken == null || stationToken.length() < 8 ? "****" : stationToken.substring(0, 4) + "...";
        return "Observation[station=" + stationId + ", at=" + takenAt + ", t=" + temperatureC
                + ", rh=" + humidity + ", token=" + masked + "]";
    }
}
