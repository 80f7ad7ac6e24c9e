package com.brackenfield.telemetry.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code ingest.*} settings of the device gateway.
 */
@ConfigMapping(prefix = "ingest")
public interface IngestMapping {

    /** Shared secret devices send in {@code X-Device-Secret}. */
    String deviceSharedSecret();

    @WithDefault("500")
    int maxBatch();

    @WithDefault("false")
    boolean devConsole();
}
