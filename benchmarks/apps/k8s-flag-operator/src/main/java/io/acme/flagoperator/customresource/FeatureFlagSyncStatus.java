package io.acme.flagoperator.customresource;

import java.util.ArrayList;
import java.util.List;

public class FeatureFlagSyncStatus {

    public enum Phase { PENDING, SYNCED, FAILED }

    private Phase phase = Phase.PENDING;
    private Long observedGeneration;
    private List<String> syncedFlags = new ArrayList<>();
    /** Short SHA-256 of the key used for the last sync; changes when the key is rotated. */
    private String keyFingerprint;
    private String lastSyncTime;
    private String message;

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Long getObservedGeneration() {
        return observedGeneration;
    }

    public void setObservedGeneration(Long observedGeneration) {
        this.observedGeneration = observedGeneration;
    }

    public List<String> getSyncedFlags() {
        return syncedFlags;
    }

    public void setSyncedFlags(List<String> syncedFlags) {
        this.syncedFlags = syncedFlags;
    }

    public String getKeyFingerprint() {
        return keyFingerprint;
    }

    public void setKeyFingerprint(String keyFingerprint) {
        this.keyFingerprint = keyFingerprint;
    }

    public String getLastSyncTime() {
        return lastSyncTime;
    }

    public void setLastSyncTime(String lastSyncTime) {
        this.lastSyncTime = lastSyncTime;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
