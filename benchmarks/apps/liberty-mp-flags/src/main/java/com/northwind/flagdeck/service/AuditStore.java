package com.northwind.flagdeck.service;

import com.northwind.flagdeck.config.AuditStoreConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Append-only audit trail of flag changes (Postgres).
 */
@ApplicationScoped
public class AuditStore {

    private static final Logger LOG = Logger.getLogger(AuditStore.class.getName());

    @Inject
    AuditStoreConfig config;

    @PostConstruct
    void init() {
        LOG.config(String.format("Audit store %s as %s (password %s)",
                config.getJdbcUrl(), config.getUser(), config.getDbPassword()));
    }

    public void record(String actor, long flagId, boolean active) {
        String sql = "INSERT INTO flag_audit(actor, flag_id, active, at) VALUES (?, ?, ?, ?)";
        try (Connection c = DriverManager.getConnection(config.getJdbcUrl(), config.getUser(), config.getDbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, actor);
            ps.setLong(2, flagId);
            ps.setBoolean(3, active);
            ps.setObject(4, Instant.now());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not write audit row for flag " + flagId, e);
        }
    }
}
