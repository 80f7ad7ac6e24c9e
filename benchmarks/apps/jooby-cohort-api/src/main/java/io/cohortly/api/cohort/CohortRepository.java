package io.cohortly.api.cohort;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** JDBC access to the local copy of PostHog cohorts. */
public final class CohortRepository {

  /** A cohort as mirrored from PostHog. */
  public record Cohort(
      long id, long posthogId, String name, String description, int personCount, Instant syncedAt) {}

  private static final String SELECT =
      "select id, posthog_id, name, description, person_count, synced_at from cohort";

  private final DataSource dataSource;

  public CohortRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<Cohort> findAll() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " order by name");
        ResultSet rs = ps.executeQuery()) {
      List<Cohort> result = new ArrayList<>();
      while (rs.next()) {
        result.add(map(rs));
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list cohorts", e);
    }
  }

  public Optional<Cohort> findById(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load cohort " + id, e);
    }
  }

  /** Inserts or updates by PostHog id; returns the number of rows written. */
  public int upsert(long posthogId, String name, String description, int personCount) {
    String sql =
        "insert into cohort (posthog_id, name, description, person_count, synced_at)"
            + " values (?, ?, ?, ?, ?)"
            + " on conflict (posthog_id) do update set name = excluded.name,"
            + " description = excluded.description, person_count = excluded.person_count,"
            + " synced_at = excluded.synced_at";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, posthogId);
      ps.setString(2, name);
      ps.setString(3, description);
      ps.setInt(4, personCount);
      ps.setTimestamp(5, Timestamp.from(Instant.now()));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot upsert cohort " + posthogId, e);
    }
  }

  private static Cohort map(ResultSet rs) throws SQLException {
    return new Cohort(
        rs.getLong("id"),
        rs.getLong("posthog_id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getInt("person_count"),
        rs.getTimestamp("synced_at").toInstant());
  }
}
