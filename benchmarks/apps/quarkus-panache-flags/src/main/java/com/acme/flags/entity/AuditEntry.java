package com.acme.flags.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

@Entity
public class AuditEntry extends PanacheEntity {

    /** Which kind of credential performed the change. */
    public enum ApiKeyKind {
        PROJECT, PERSONAL, SECURE, OAUTH
    }

    public String actor;

    public String action;

    public String flagKey;

    /** Numeric id of the console session, not the session cookie. */
    public long sessionId;

    @Enumerated(EnumType.STRING)
    public ApiKeyKind apiKey;

    public Instant at = Instant.now();

    public static AuditEntry of(String actor, String action, String flagKey, long sessionId, ApiKeyKind apiKey) {
        AuditEntry e = new AuditEntry();
        e.actor = actor;
        e.action = action;
        e.flagKey = flagKey;
        e.sessionId = sessionId;
        e.apiKey = apiKey;
        return e;
    }
}
