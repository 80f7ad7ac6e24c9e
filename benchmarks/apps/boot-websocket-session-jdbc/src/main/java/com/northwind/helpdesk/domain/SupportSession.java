package com.northwind.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "support_session")
public class SupportSession {

    public enum Status { WAITING, ASSIGNED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String customerName;

    private String agentUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.WAITING;

    /** SHA-256 of the resume token handed to the widget; the token itself is never stored. */
    @Column(name = "resume_token_sha256", length = 64, unique = true)
    private String resumeTokenSha256;

    @Column(nullable = false)
    private Instant openedAt = Instant.now();

    private Instant closedAt;

    protected SupportSession() {
    }

    public SupportSession(String customerName, String resumeTokenSha256) {
        this.customerName = customerName;
        this.resumeTokenSha256 = resumeTokenSha256;
    }

    public void assignTo(String agent) {
        this.agentUsername = agent;
        this.status = Status.ASSIGNED;
    }

    public void close() {
        this.status = Status.CLOSED;
        this.closedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getAgentUsername() {
        return agentUsername;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
