package io.northwind.flagconsole.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Data;
import lombok.NoArgsConstructor;

/**
 * A PostHog credential managed by the console: the personal API key of the sync bot and the
 * project's feature-flags secure key used for local evaluation.
 */
@Entity
@Table(name = "api_credential")
@Data
@NoArgsConstructor
public class ApiCredential {

    public enum KeyKind {
        PERSONAL,
        PROJECT_SECRET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String label;

    @Column(name = "project_id", nullable = false)
    private String projectId;

    @Enumerated(EnumType.STRING)
    private KeyKind kind;

    @Column(name = "personal_api_key", length = 80)
    private String personalApiKey;

    @Column(name = "secret_key", length = 80)
    private String secretKey;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "rotated_at")
    private Instant rotatedAt;
}
