package io.lumen.cohorts.domain;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class WebhookEndpoint extends PanacheEntity {

    @Column(nullable = false)
    public String url;

    @Column(name = "signing_secret", nullable = false)
    public String signingSecret;

    public boolean enabled = true;

    public static List<WebhookEndpoint> active() {
        return list("enabled", true);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[id=" + id + ", url=" + url + ", signingSecret=" + signingSecret
                + ", enabled=" + enabled + "]";
    }
}
