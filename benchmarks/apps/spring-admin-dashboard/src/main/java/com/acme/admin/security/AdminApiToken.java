package com.acme.admin.security;

import java.time.Instant;
import lombok.Data;
import lombok.ToString;

/** A token an admin created for scripts; the value is shown once, at creation. */
@Data
public class AdminApiToken {

    private String label;
    private String owner;

    @ToString.Exclude
    private String token;

    private Instant createdAt;
    private Instant lastUsedAt;
}
