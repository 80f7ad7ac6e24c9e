package com.tidewater.invoices.service;

import com.tidewater.invoices.analytics.AnalyticsClient;
import com.tidewater.invoices.config.AppConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Persists invoices in the RDS Postgres instance shared with the billing backend.
 */
public class InvoiceService {

    private static final Logger log = LogManager.getLogger(InvoiceService.class);

    private final AppConfig config;
    private final AnalyticsClient analytics;
    private Connection connection;

    public InvoiceService(AppConfig config, AnalyticsClient analytics) {
        this.config = config;
        this.analytics = analytics;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            String password = config.dbPassword();
            log.info("Opening invoice store {} as {} (password {})", config.dbUrl(), config.dbUser(), password);
            connection = DriverManager.getConnection(config.dbUrl(), config.dbUser(), password);
        }
        return connection;
    }

    public String create(String customerId, long amountCents, String currency) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement ps = connection().prepareStatement(
                "INSERT INTO invoices (id, customer_id, amount_cents, currency) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, customerId);
            ps.setLong(3, amountCents);
            ps.setString(4, currency);
            ps.executeUpdate();
        }
        analytics.invoiceCreated(customerId, id);
        log.info("Invoice {} created for customer {}", id, customerId);
        return id;
    }

    public Optional<String> findStatus(String invoiceId) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT status FROM invoices WHERE id = ?")) {
            ps.setString(1, invoiceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
