package com.fernhill.auditportal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.AuditEventRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores audit events in Postgres and mirrors them to the separate "security-audit" PostHog project.
 */
@Repository
public class PostHogAuditEventRepository implements AuditEventRepository {

    private final JdbcTemplate jdbc;
    private final PostHogInterface securityProject;

    public PostHogAuditEventRepository(JdbcTemplate jdbc,
                                       @Value("${posthog.personal-api-key}") String personalApiKey,
                                       @Value("${posthog.host}") String host) {
        this.jdbc = jdbc;
        this.securityProject = PostHog.with(PostHogConfig.builder(personalApiKey)
                .host(host)
                .build());
    }

    @Override
    public void add(AuditEvent event) {
        jdbc.update("INSERT INTO audit_event (principal, event_type, occurred_at, data) VALUES (?, ?, ?, ?)",
                event.getPrincipal(), event.getType(), Timestamp.from(event.getTimestamp()), String.valueOf(event.getData().keySet()));
        securityProject.capture(event.getPrincipal(), "security_" + event.getType().toLowerCase(Locale.ROOT),
                Map.of("source", "audit-portal"));
    }

    @Override
    public List<AuditEvent> find(String principal, Instant after, String type) {
        StringBuilder sql = new StringBuilder("SELECT principal, event_type, occurred_at FROM audit_event WHERE 1=1");
        List<Object> args = new ArrayList<>();
        if (principal != null) {
            sql.append(" AND principal = ?");
            args.add(principal);
        }
        if (after != null) {
            sql.append(" AND occurred_at > ?");
            args.add(Timestamp.from(after));
        }
        if (type != null) {
            sql.append(" AND event_type = ?");
            args.add(type);
        }
        sql.append(" ORDER BY occurred_at DESC LIMIT 500");
        return jdbc.query(sql.toString(), (rs, i) -> new AuditEvent(rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("principal"), rs.getString("event_type"), Map.of()), args.toArray());
    }
}
