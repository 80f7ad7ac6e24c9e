package com.northwind.flagsync.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import com.northwind.flagsync.support.KeyMasker;

@ConfigurationProperties(prefix = "flagsync")
public record FlagSyncSettings(
        String commandsTopic,
        String snapshotsTopic,
        String adminToken,
        String serviceToken,
        @DefaultValue("500") int maxFlagsPerRun) {

    @Override
    public String toString() {
        return "FlagSyncSettings[commandsTopic=" + commandsTopic
                + ", snapshotsTopic=" + snapshotsTopic
                + ", adminToken=" + KeyMasker.mask(adminToken)
                + ", serviceToken=" + KeyMasker.mask(serviceToken)
                + ", maxFlagsPerRun=" + maxFlagsPerRun + "]";
    }
}
