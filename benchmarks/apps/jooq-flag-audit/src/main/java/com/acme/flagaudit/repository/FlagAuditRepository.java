package com.acme.flagaudit.repository;

import static com.acme.flagaudit.jooq.generated.Tables.FLAG_AUDIT_LOG;

import java.time.OffsetDateTime;
import java.util.List;

import com.acme.flagaudit.jooq.generated.tables.records.FlagAuditLogRecord;
import com.acme.flagaudit.support.PostHogKeys.KeyKind;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

@Repository
public class FlagAuditRepository {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditRepository.class);

    private final DSLContext dsl;

    public FlagAuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean existsActivity(String activityId) {
        return dsl.fetchExists(FLAG_AUDIT_LOG, FLAG_AUDIT_LOG.POSTHOG_ACTIVITY_ID.eq(activityId));
    }

    public long insert(String activityId,
                       String flagKey,
                       String changeType,
                       String actorEmail,
                       String beforeJson,
                       String afterJson,
                       OffsetDateTime changedAt,
                       KeyKind credentialKind) {
        FlagAuditLogRecord record = dsl.newRecord(FLAG_AUDIT_LOG);
        record.setPosthogActivityId(activityId);
        record.setFlagKey(flagKey);
        record.setChangeType(changeType);
        record.setActorEmail(actorEmail);
        record.setBeforeState(beforeJson == null ? null : JSONB.valueOf(beforeJson));
        record.setAfterState(afterJson == null ? null : JSONB.valueOf(afterJson));
        record.setChangedAt(changedAt);
        record.setCredentialKind(credentialKind.name());
        record.store();
        log.debug("Stored audit row {} for flag {} ({})", record.getId(), flagKey, changeType);
        return record.getId();
    }

    public List<FlagAuditLogRecord> latest(String flagKey, int limit) {
        Condition byFlag = flagKey == null ? DSL.noCondition() : FLAG_AUDIT_LOG.FLAG_KEY.eq(flagKey);
        return dsl.selectFrom(FLAG_AUDIT_LOG)
                .where(byFlag)
                .orderBy(FLAG_AUDIT_LOG.CHANGED_AT.desc(), FLAG_AUDIT_LOG.ID.desc())
                .limit(limit)
                .fetch();
    }

    public OffsetDateTime lastChangeSeen() {
        return dsl.select(DSL.max(FLAG_AUDIT_LOG.CHANGED_AT))
                .from(FLAG_AUDIT_LOG)
                .fetchOne(0, OffsetDateTime.class);
    }
}
