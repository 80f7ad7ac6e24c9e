package com.northwind.flagdesk.posthog;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class PostHogOAuthStore {

    private final JdbcClient jdbc;

    public PostHogOAuthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PostHogOAuthTokens> current(long projectId) {
        return jdbc.sql("""
                        select access_token, refresh_token, scope, expires_at
                          from posthog_oauth_tokens
                         where project_id = :projectId
                        """)
                .param("projectId", projectId)
                .query((rs, rowNum) -> new PostHogOAuthTokens(
                        rs.getString("access_token"),
                        rs.getString("refresh_token"),
                        rs.getString("scope"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    @Transactional
    public void save(long projectId, PostHogOAuthTokens tokens) {
        jdbc.sql("""
                        insert into posthog_oauth_tokens (project_id, access_token, refresh_token, scope, expires_at)
                        values (:projectId, :access, :refresh, :scope, :expiresAt)
                        on conflict (project_id) do update
                           set access_token = excluded.access_token,
                               refresh_token = excluded.refresh_token,
                               scope = excluded.scope,
                               expires_at = excluded.expires_at
                        """)
                .param("projectId", projectId)
                .param("access", tokens.accessToken())
                .param("refresh", tokens.refreshToken())
                .param("scope", tokens.scope())
                .param("expiresAt", java.sql.Timestamp.from(tokens.expiresAt()))
                .update();
    }

    public int countExpiredBefore(Instant cutoff) {
        return jdbc.sql("select count(*) from posthog_oauth_tokens where expires_at < :cutoff")
                .param("cutoff", java.sql.Timestamp.from(cutoff))
                .query(Integer.class)
                .single();
    }
}
