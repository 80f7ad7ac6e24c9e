package com.northwind.flags.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Message published by config-service on {@code config.flag-changes.v1}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class FlagChangeEvent {

    private String tenantSlug;
    private String flagKey;
    private String variant;
    private boolean enabled;
    private String actor;
    private long sessionId;
    private String callbackUrl;
    private String callbackToken;

    public FlagChangeEvent() {
    }

    public String getTenantSlug() { return tenantSlug; }
    public void setTenantSlug(String tenantSlug) { this.tenantSlug = tenantSlug; }

    public String getFlagKey() { return flagKey; }
    public void setFlagKey(String flagKey) { this.flagKey = flagKey; }

    public String getVariant() { return variant; }
    public void setVariant(String variant) { this.variant = variant; }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }

    /** Numeric id of the admin-console session that made the change. */
    public long getSessionId() { return sessionId; }
    public void setSessionId(long sessionId) { this.sessionId = sessionId; }

    public String getCallbackUrl() { return callbackUrl; }
    public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }

    /** Bearer token config-service expects when we confirm the change on {@link #callbackUrl}. */
    public String getCallbackToken() { return callbackToken; }
    public void setCallbackToken(String callbackToken) { this.callbackToken = callbackToken; }

    @Override
    public String toString() {
        return "FlagChangeEvent[tenant=" + tenantSlug + ", flag=" + flagKey + ", variant=" + variant
                + ", enabled=" + enabled + ", actor=" + actor + ", callback=" + callbackUrl
                + ", callbackToken=" + callbackToken + "]";
    }
}
