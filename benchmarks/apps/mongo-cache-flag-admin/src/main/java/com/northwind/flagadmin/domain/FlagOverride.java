package com.northwind.flagadmin.domain;

import java.time.Instant;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.NoArgsConstructor;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Data
@Builder
@NoArgsConstructor
@AllArgsConstructor
@Document(collection = "flag_overrides")
public class FlagOverride {

    @Id
    private String id;

    @Indexed
    private String flagKey;

    private String distinctId;

    private Boolean enabled;

    private Scope scope;

    private String requestedBy;

    /** Endpoint notified when the override expires. */
    private String webhookUrl;

    /** HMAC secret used to sign the expiry webhook. */
    private String webhookSecret;

    private Instant expiresAt;

    private Instant createdAt;

    public enum Scope { USER, GROUP, GLOBAL }
}
