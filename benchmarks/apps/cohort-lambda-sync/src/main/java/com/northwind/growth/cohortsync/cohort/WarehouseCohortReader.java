package com.northwind.growth.cohortsync.cohort;

import com.google.inject.Inject;
import com.northwind.growth.cohortsync.config.SyncSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Reads active cohort definitions from the warehouse.
 */
public class WarehouseCohortReader {

    private static final Logger LOG = LogManager.getLogger(WarehouseCohortReader.class);

    private static final String QUERY = """
            SELECT name, description, filter_expression, owner, updated_at
              FROM %s.cohort_definitions
             WHERE active
             ORDER BY name
             LIMIT ?
            """;

    private final SyncSettings.Warehouse warehouse;
    private final int batchSize;

    @Inject
    public WarehouseCohortReader(SyncSettings settings) {
        this.warehouse = settings.warehouse();
        this.batchSize = settings.batchSize();
    }

    public List<CohortDefinition> activeDefinitions() throws CohortSyncException {
        List<CohortDefinition> definitions = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
             PreparedStatement statement = connection.prepareStatement(QUERY.formatted(warehouse.schema()))) {
            connection.setReadOnly(true);
            statement.setInt(1, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    definitions.add(new CohortDefinition(
                            rs.getString("name"),
                            rs.getString("description"),
                            rs.getString("filter_expression"),
                            rs.getString("owner"),
                            rs.getTimestamp("updated_at").toInstant()));
                }
            }
        } catch (SQLException e) {
            LOG.error("Reading cohort definitions failed (SQLState {}) with warehouse settings {}", e.getSQLState(), warehouse, e);
            throw new CohortSyncException("Could not read cohort definitions from the warehouse", e);
        }
        LOG.info("Read {} active cohort definitions from {}", definitions.size(), warehouse.schema());
        return definitions;
    }
}
