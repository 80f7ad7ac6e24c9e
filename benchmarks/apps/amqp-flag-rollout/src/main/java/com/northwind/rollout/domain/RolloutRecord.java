package com.northwind.rollout.domain;

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

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "rollout_record")
@Data
@NoArgsConstructor
public class RolloutRecord {

    public enum Status { PENDING, APPLIED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private UUID commandId;

    @Column(nullable = false)
    private String projectId;

    @Column(nullable = false)
    private String flagKey;

    private Long posthogFlagId;

    private Integer previousPercentage;

    private Integer targetPercentage;

    @Column(length = 1024)
    private String ruleExpression;

    private String requestedBy;

    @Column(length = 512)
    private String approvalToken;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private String failureReason;

    private Instant createdAt;

    private Instant completedAt;
}
