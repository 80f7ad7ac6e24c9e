package com.northwind.portal.entity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "portal_user")
@UserDefinition
public class PortalUser extends PanacheEntity {

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    @Password
    @Column(nullable = false)
    public String password;

    @Roles
    public String role;

    public String email;

    /** Token used by the customer's CI to call the portal's export API. */
    @Column(name = "api_token", length = 64)
    public String apiToken;

    @Column(name = "reset_token", length = 64)
    public String resetToken;

    public Instant resetTokenExpiresAt;

    public static PortalUser create(String username, String plainPassword, String email, String role) {
        PortalUser user = new PortalUser();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(plainPassword);
        user.email = email;
        user.role = role;
        return user;
    }

    public static Uni<PortalUser> findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public static Uni<PortalUser> findByResetToken(String token) {
        return find("resetToken", token).firstResult();
    }

    @Override
    public String toString() {
        return "PortalUser{id=" + id
                + ", username='" + username + '\''
                + ", email='" + email + '\''
                + ", role='" + role + '\''
                + ", apiToken='" + apiToken + '\''
                + '}';
    }
}
