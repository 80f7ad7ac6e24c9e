package io.lumenfold.cohortjobs.cohort;

import io.lumenfold.cohortjobs.config.WarehouseCredentials;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Copies the latest snapshot of each cohort into every configured reporting warehouse. */
@Singleton
public class WarehouseMirrorJob {

    private static final String UPSERT = """
            INSERT INTO posthog_cohort_size (cohort_id, name, person_count, captured_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (cohort_id) DO UPDATE SET person_count = EXCLUDED.person_count,
                                                  captured_at = EXCLUDED.captured_at
            """;

    private final List<WarehouseCredentials> warehouses;
    private final CohortSnapshotRepository snapshots;

    public WarehouseMirrorJob(List<WarehouseCredentials> warehouses, CohortSnapshotRepository snapshots) {
        this.warehouses = warehouses;
        this.snapshots = snapshots;
    }

    @Scheduled(cron = "0 0 * * * *")
    void mirror() {
        for (WarehouseCredentials warehouse : warehouses) {
            try (Connection connection = DriverManager.getConnection(
                    warehouse.jdbcUrl(), warehouse.username(), warehouse.password());
                 PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (CohortSnapshot snapshot : snapshots.findAll()) {
                    upsert.setLong(1, snapshot.cohortId());
                    upsert.setString(2, snapshot.name());
                    upsert.setInt(3, snapshot.personCount());
                    upsert.setObject(4, snapshot.capturedAt());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            } catch (SQLException e) {
                System.err.println("Warehouse " + warehouse.name() + " unreachable at " + warehouse.jdbcUrl()
                        + " as " + warehouse.username() + ":" + warehouse.password() + " - " + e.getMessage());
            }
        }
    }
}
