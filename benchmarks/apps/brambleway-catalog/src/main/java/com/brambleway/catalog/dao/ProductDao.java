package com.brambleway.catalog.dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.log4j.Logger;

/**
 * Plain JDBC access to the products table.
 */
public class ProductDao {

    private static final Logger log = Logger.getLogger(ProductDao.class);

    private final String url;
    private final String user;
    private final String password;

    public ProductDao(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        if (log.isDebugEnabled()) {
            log.debug("JDBC connect url=" + url + " user=" + user + " password=" + password);
        }
        return DriverManager.getConnection(url, user, password);
    }

    public List<Product> list(int limit, int offset) throws SQLException {
        List<Product> result = new ArrayList<>();
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, sku, name, description, price, stock FROM products ORDER BY name LIMIT ? OFFSET ?")) {
            ps.setInt(1, limit);
            ps.setInt(2, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs));
                }
            }
        }
        return result;
    }

    public Optional<Product> find(long id) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, sku, name, description, price, stock FROM products WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public int countLowStock(int threshold) throws SQLException {
        try (Connection c = connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM products WHERE stock < ?")) {
            ps.setInt(1, threshold);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Product map(ResultSet rs) throws SQLException {
        return new Product(rs.getLong("id"), rs.getString("sku"), rs.getString("name"),
                rs.getString("description"), rs.getBigDecimal("price"), rs.getInt("stock"));
    }
}
