package io.northwind.flagportal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "flag_audit_entry")
@NamedQuery(name = "FlagAuditEntry.latest", query = "select e from FlagAuditEntry e order by e.changedAt desc")
public class FlagAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "flag_key", nullable = false, length = 200)
    private String flagKey;

    @Column(name = "actor", nullable = false, length = 120)
    private String actor;

    /** SHA-256 of the servlet session id, so entries of one session can be grouped. */
    @Column(name = "session_hash", length = 64)
    private String sessionHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected FlagAuditEntry() {
    }

    public FlagAuditEntry(String flagKey, String actor, String sessionHash) {
        this.flagKey = flagKey;
        this.actor = actor;
        this.sessionHash = sessionHash;
        this.changedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getFlagKey() {
        return flagKey;
    }

    public String getActor() {
        return actor;
    }

    public String getSessionHash() {
        return sessionHash;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
