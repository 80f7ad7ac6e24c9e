package com.northwind.flags.db;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.model.IntegrationSettings;
import com.northwind.flags.util.KeyMasking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
public class FlagAuditRepository {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditRepository.class);

    private static final String INSERT_EVALUATION = """
            INSERT INTO flag_evaluations (flag_key, distinct_id, enabled, key_fingerprint, evaluated_at)
            VALUES (?, ?, ?, ?, ?)
            """;
    private static final String SELECT_INTEGRATION = """
            SELECT name, posthog_host, secure_api_key, oauth_access_token, sync_interval_minutes
            FROM integrations WHERE name = ?
            """;
    private static final String SELECT_OVERRIDES = "SELECT expression FROM flag_overrides WHERE active";

    private final DataSource dataSource;

    @Inject
    public FlagAuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void recordEvaluation(String flag, String distinctId, boolean enabled, String evaluatedWithKey) {
        String keyFingerprint = KeyMasking.digestHex(evaluatedWithKey);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_EVALUATION)) {
            insert.setString(1, flag);
            insert.setString(2, distinctId);
            insert.setBoolean(3, enabled);
            insert.setString(4, keyFingerprint);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            log.debug("audited {} for {} (key fingerprint {})", flag, distinctId, keyFingerprint);
        } catch (SQLException e) {
            log.warn("Could not audit evaluation of {}: {}", flag, e.getMessage());
        }
    }

    public Optional<IntegrationSettings> findIntegration(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_INTEGRATION)) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IntegrationSettings(
                        rs.getString("name"),
                        rs.getString("posthog_host"),
                        rs.getString("secure_api_key"),
                        rs.getString("oauth_access_token"),
                        rs.getInt("sync_interval_minutes")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load integration " + name, e);
        }
    }

    public List<String> activeOverrides() {
        List<String> expressions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_OVERRIDES);
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                expressions.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load flag overrides", e);
        }
        return expressions;
    }
}
