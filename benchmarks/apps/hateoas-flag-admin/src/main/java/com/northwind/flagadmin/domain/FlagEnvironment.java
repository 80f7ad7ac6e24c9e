package com.northwind.flagadmin.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.ToString;

/** A PostHog project the admin console manages flags for (prod, staging, local...). */
@Entity
@Table(name = "flag_environment")
@Data
@NoArgsConstructor
public class FlagEnvironment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    private Long projectId;

    /** The project's public phc_ key. */
    private String projectApiKey;

    /** The project's feature-flags secure key; filled in by ops through the vault sync. */
    @JsonIgnore
    @ToString.Exclude
    private String secretKey;

    private Instant lastSyncedAt;

    public FlagEnvironment(String name, Long projectId, String projectApiKey, String secretKey) {
        this.name = name;
        this.projectId = projectId;
        this.projectApiKey = projectApiKey;
        this.secretKey = secretKey;
    }
}
