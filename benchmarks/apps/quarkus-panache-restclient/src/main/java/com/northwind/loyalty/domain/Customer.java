package com.northwind.loyalty.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "customer")
public class Customer extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** Token the Apple/Google wallet pass web service presents when it refreshes the pass. */
    @Column(name = "wallet_api_token", nullable = false)
    public String walletApiToken;

    public int points;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<Customer> findByEmail(String email) {
        return find("email", email).firstResultOptional();
    }

    @Override
    public String toString() {
        return "Customer{id=" + id
                + ", email=" + email
                + ", points=" + points
                + ", walletApiToken=" + walletApiToken
                + "}";
    }
}
