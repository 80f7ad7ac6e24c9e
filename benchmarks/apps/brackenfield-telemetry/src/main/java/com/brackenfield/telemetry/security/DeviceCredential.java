package com.brackenfield.telemetry.security;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;

/**
 * Per-device credential as stored in the registry.
 */
public class DeviceCredential {

    public String deviceId;
    public String site;
    public Instant provisionedAt;

    @JsonIgnore
    public String deviceToken;

    public DeviceCredential() {
    }

    public DeviceCredential(String deviceId, String site, Instant provisionedAt, String deviceToken) {
        this.deviceId = deviceId;
        this.site = site;
        this.provisionedAt = provisionedAt;
        this.deviceToken = deviceToken;
    }
}
