package com.acme.flagapi.db;

import com.acme.flagapi.config.AppConfig;
import com.acme.flagapi.util.Secrets;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * Postgres access through JDBI: evaluations, overrides, admin users and tokens.
 */
public class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final Jdbi jdbi;

    public Database(AppConfig appConfig) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(appConfig.dbUrl());
        ds.setUser(appConfig.dbUser());
        ds.setPassword(appConfig.dbPassword());
        ds.setConnectTimeout((int) appConfig.dbTimeout().toSeconds());
        log.info("Connecting to {} as {} using password {}", appConfig.dbUrl(), appConfig.dbUser(), appConfig.dbPassword());
        this.jdbi = Jdbi.create(ds);
    }

    public void recordEvaluation(String flag, String distinctId, String value) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO flag_evaluations (flag, distinct_id, value, evaluated_at) "
                                + "VALUES (:flag, :distinctId, :value, :at)")
                .bind("flag", flag)
                .bind("distinctId", distinctId)
                .bind("value", value)
                .bind("at", Instant.now())
                .execute());
    }

    public void recordOverride(String flag, String admin, boolean enabled) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO flag_overrides (flag, admin, enabled, created_at) VALUES (:flag, :admin, :enabled, now())")
                .bind("flag", flag)
                .bind("admin", admin)
                .bind("enabled", enabled)
                .execute());
    }

    public boolean checkAdminPassword(String username, String password) {
        String hash = jdbi.withHandle(h -> h.createQuery("SELECT password_sha256 FROM admins WHERE username = :u")
                .bind("u", username)
                .mapTo(String.class)
                .findOne()
                .orElse(null));
        return hash != null && hash.equals(Secrets.sha256Hex(password));
    }

    public boolean isValidAdminToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String digest = Secrets.sha256Hex(authorization.substring("Bearer ".length()));
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT count(*) FROM admin_tokens WHERE token_sha256 = :d AND revoked_at IS NULL")
                .bind("d", digest)
                .mapTo(Integer.class)
                .one()) > 0;
    }

    public int countActiveAdminTokens() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM admin_tokens WHERE revoked_at IS NULL")
                .mapTo(Integer.class)
                .one());
    }

    public void saveConnection(String admin, String scope, long expiresIn) {
        jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO posthog_connections (admin, scope, expires_at) VALUES (:admin, :scope, :expiresAt)")
                .bind("admin", admin)
                .bind("scope", scope)
                .bind("expiresAt", Instant.now().plusSeconds(expiresIn))
                .execute());
    }
}
