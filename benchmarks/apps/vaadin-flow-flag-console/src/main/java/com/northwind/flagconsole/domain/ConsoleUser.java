package com.northwind.flagconsole.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "console_user")
public class ConsoleUser {

    public enum Role { VIEWER, EDITOR, ADMIN }

    /** What the personal CLI token of a user may do. */
    public enum TokenScope { READ_ONLY, READ_WRITE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.VIEWER;

    /** Token for the flag-console CLI, issued from the profile page. */
    @Column(name = "cli_api_token")
    private String cliApiToken;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_scope")
    private TokenScope tokenScope = TokenScope.READ_ONLY;

    private boolean enabled = true;

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getCliApiToken() {
        return cliApiToken;
    }

    public void setCliApiToken(String cliApiToken) {
        this.cliApiToken = cliApiToken;
    }

    public TokenScope getTokenScope() {
        return tokenScope;
    }

    public void setTokenScope(TokenScope tokenScope) {
        this.tokenScope = tokenScope;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public String toString() {
        return "ConsoleUser[id=" + id + ", username=" + username + ", role=" + role
                + ", cliApiToken=" + cliApiToken + ", enabled=" + enabled + "]";
    }
}
