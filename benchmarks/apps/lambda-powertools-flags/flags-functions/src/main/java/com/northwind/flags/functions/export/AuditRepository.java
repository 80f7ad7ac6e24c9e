package com.northwind.flags.functions.export;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes cohort snapshots to the audit database (RDS PostgreSQL).
 */
public class AuditRepository {

    private static final Logger LOGGER = LoggerFactory.getLogger(AuditRepository.class);
    private static final String INSERT_SNAPSHOT =
            "INSERT INTO cohort_snapshot (cohort_id, name, member_count, captured_at) VALUES (?, ?, ?, ?)";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public AuditRepository(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public void recordSnapshot(ManagementApiClient.CohortSnapshot cohort) {
        try (Connection connection = connect();
             PreparedStatement insert = connection.prepareStatement(INSERT_SNAPSHOT)) {
            insert.setLong(1, cohort.id());
            insert.setString(2, cohort.name());
            insert.setInt(3, cohort.count());
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            LOGGER.error("Could not record snapshot of cohort {}", cohort.id(), e);
        }
    }

    private Connection connect() throws SQLException {
        LOGGER.debug("Opening audit DB connection url={} user={} password={}", jdbcUrl, user, password);
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
