package com.lumenfield.catalog.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Local overrides for PostHog flags (kill switches and per-tenant rules), stored in Postgres.
 */
public class FlagOverrideRepository {

    private static final Logger log = LoggerFactory.getLogger(FlagOverrideRepository.class);

    private final DataSource dataSource;

    public FlagOverrideRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<String> activeFlagKeys() throws SQLException {
        String sql = "SELECT flag_key FROM flag_catalog WHERE archived = false ORDER BY flag_key";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            return keys;
        }
    }

    public Optional<String> overrideRule(String flagKey) throws SQLException {
        String sql = "SELECT rule_expression FROM flag_override WHERE flag_key = ? AND enabled = true";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, flagKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void recordEvaluation(long sessionId, String flagKey, boolean result) throws SQLException {
        String sql = "INSERT INTO flag_evaluation (analytics_session_id, flag_key, result) VALUES (?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            ps.setString(2, flagKey);
            ps.setBoolean(3, result);
            ps.executeUpdate();
        }
        log.debug("Recorded evaluation of {}={} for sessionId={}", flagKey, result, sessionId);
    }
}
