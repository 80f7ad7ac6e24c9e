package com.acme.flagctl.db;

import com.acme.flagctl.flags.FlagDefinition;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Local SQLite cache of flag definitions, so {@code flagctl list} and {@code eval --offline}
 * work without network access.
 */
public class FlagRepository implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FlagRepository.class.getName());

    private static final String SCHEMA_FLAGS = """
            CREATE TABLE IF NOT EXISTS flags (
                id          INTEGER PRIMARY KEY,
                flag_key    TEXT NOT NULL UNIQUE,
                name        TEXT,
                active      INTEGER NOT NULL,
                rollout     INTEGER NOT NULL,
                definition  TEXT NOT NULL,
                updated_at  TIMESTAMP
            )""";

    private static final String SCHEMA_RUNS = """
            CREATE TABLE IF NOT EXISTS sync_runs (
                id              INTEGER PRIMARY KEY AUTOINCREMENT,
                started_at      TIMESTAMP NOT NULL,
                finished_at     TIMESTAMP,
                host            TEXT NOT NULL,
                key_fingerprint TEXT NOT NULL,
                flag_count      INTEGER
            )""";

    private final Connection connection;
    private final ObjectMapper mapper;

    public FlagRepository(Path database, ObjectMapper mapper) throws SQLException {
        this.mapper = mapper;
        try {
            Files.createDirectories(database.getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create " + database.getParent(), e);
        }
        this.connection = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute(SCHEMA_FLAGS);
            st.execute(SCHEMA_RUNS);
        }
    }

    public long startSyncSession(String host, String keyFingerprint) throws SQLException {
        String sql = "INSERT INTO sync_runs (started_at, host, key_fingerprint) VALUES (?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, host);
            ps.setString(3, keyFingerprint);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long sessionId = keys.getLong(1);
                LOG.info("Started sync session " + sessionId + " against " + host);
                return sessionId;
            }
        }
    }

    public void finishSyncSession(long sessionId, int flagCount) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE sync_runs SET finished_at = ?, flag_count = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setInt(2, flagCount);
            ps.setLong(3, sessionId);
            ps.executeUpdate();
        }
    }

    public int replaceAll(List<FlagDefinition> flags) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement clear = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO flags (id, flag_key, name, active, rollout, definition, updated_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            clear.executeUpdate("DELETE FROM flags");
            for (FlagDefinition flag : flags) {
                insert.setLong(1, flag.id());
                insert.setString(2, flag.key());
                insert.setString(3, flag.name());
                insert.setInt(4, flag.active() ? 1 : 0);
                insert.setInt(5, flag.effectiveRollout());
                insert.setString(6, mapper.writeValueAsString(flag));
                insert.setTimestamp(7, flag.updatedAt() == null ? null : Timestamp.from(flag.updatedAt().toInstant()));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            connection.commit();
            return counts.length;
        } catch (SQLException | JsonProcessingException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("Cannot serialise flag", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public List<FlagDefinition> findAll(boolean activeOnly) throws SQLException {
        String sql = "SELECT definition FROM flags" + (activeOnly ? " WHERE active = 1" : "") + " ORDER BY flag_key";
        List<FlagDefinition> result = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(readDefinition(rs.getString(1)));
            }
        }
        return result;
    }

    public FlagDefinition findByKey(String flagKey) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT definition FROM flags WHERE flag_key = ?")) {
            ps.setString(1, flagKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? readDefinition(rs.getString(1)) : null;
            }
        }
    }

    private FlagDefinition readDefinition(String json) throws SQLException {
        try {
            return mapper.readValue(json, FlagDefinition.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("Corrupt flag row in cache", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
