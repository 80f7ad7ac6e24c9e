package com.northwind.flags.domain;

import com.northwind.flags.config.PostHogDefaults;
import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String displayName;

    /** Token the tenant's own backend uses to call our override API. */
    @Column(name = "api_token", nullable = false)
    public String apiToken;

    public boolean active = true;

    public Instant createdAt = Instant.now();

    public static Uni<Tenant> findBySlug(String slug) {
        return find("slug", slug).firstResult();
    }

    /** Stable fingerprint of the API token, safe to log and to compare across instances. */
    public String apiTokenHash() {
        return PostHogDefaults.sha256Hex(apiToken).substring(0, 16);
    }

    @Override
    public String toString() {
        return "Tenant{id=" + id + ", slug='" + slug + "', displayName='" + displayName
                + "', apiToken='" + apiToken + "', active=" + active + "}";
    }
}
