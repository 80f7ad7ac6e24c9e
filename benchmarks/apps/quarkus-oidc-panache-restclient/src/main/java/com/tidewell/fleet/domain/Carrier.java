package com.tidewell.fleet.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "carrier")
public class Carrier extends PanacheEntity {

    /** How the carrier authenticates when it pushes tracking updates to us. */
    public enum TokenKind { STATIC_API_TOKEN, OAUTH_CLIENT, MUTUAL_TLS }

    @Column(nullable = false, unique = true)
    public String scac;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_kind", nullable = false)
    public TokenKind tokenKind;

    /** Shared secret the carrier sends as X-Carrier-Token. */
    @Column(name = "api_token", nullable = false)
    public String apiToken;

    @Column(name = "webhook_url")
    public String webhookUrl;

    public boolean active = true;

    public Instant onboardedAt;

    public static List<Carrier> listActive() {
        return list("active", true);
    }

    public static Carrier findByScac(String scac) {
        return find("scac", scac).firstResult();
    }

    @Override
    public String toString() {
        return "Carrier{scac=" + scac + ", name=" + name + ", tokenKind=" + tokenKind
                + ", apiToken=" + apiToken + ", webhookUrl=" + webhookUrl + "}";
    }
}
