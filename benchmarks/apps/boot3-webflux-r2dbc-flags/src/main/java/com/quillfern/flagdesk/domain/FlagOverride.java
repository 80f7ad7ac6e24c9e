package com.quillfern.flagdesk.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("flag_override")
public record FlagOverride(
        @Id Long id,
        @Column("flag_key") String flagKey,
        @Column("distinct_id") String distinctId,
        boolean enabled,
        String reason,
        @Column("created_by") String createdBy,
        @Column("created_at") Instant createdAt) {

    public FlagOverride withAudit(String actor, Instant at) {
        return new FlagOverride(id, flagKey, distinctId, enabled, reason, actor, at);
    }
}
