package io.lumen.flags.domain;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("api_credentials")
public class ApiCredential {

    public enum Kind { API_KEY, WEBHOOK_TOKEN, OAUTH_CLIENT }

    @Id
    private Long id;
    private String name;
    private Kind kind;
    private String secret;
    @Column("rotated_at")
    private Instant rotatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }

    public void setRotatedAt(Instant rotatedAt) {
        this.rotatedAt = rotatedAt;
    }

    @Override
    public String toString() {
        return "ApiCredential{id=" + id
                + ", name='" + name + '\''
                + ", kind=" + kind
                + ", secret='" + secret + '\''
                + ", rotatedAt=" + rotatedAt + '}';
    }
}
