package com.brightlane.flagdesk.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;

/**
 * A temporary per-customer flag override created from a support session.
 */
@Entity
@Table(name = "flag_override")
public class FlagOverride extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Workspace workspace;

    @Column(name = "flag_key", nullable = false)
    public String flagKey;

    /** Rule such as {@code "rollout 25 percent"}. */
    @Column(name = "rollout_rule")
    public String rolloutRule;

    /** Numeric id of the support ticket session that created the override. */
    @Column(name = "session_id")
    public long sessionId;

    public boolean enabled;

    public static List<FlagOverride> forWorkspace(Workspace workspace) {
        return list("workspace", workspace);
    }
}
