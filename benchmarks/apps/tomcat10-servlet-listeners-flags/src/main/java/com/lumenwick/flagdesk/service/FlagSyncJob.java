package com.lumenwick.flagdesk.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.naming.NamingException;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.lumenwick.flagdesk.config.JndiLookup;
import com.lumenwick.flagdesk.config.PostHogSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Nightly job: snapshots every flag definition into the audit database so
 * compliance can see who changed what. Started by the bootstrap listener.
 */
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "flag-sync");
        t.setDaemon(true);
        return t;
    });
    private final PostHogInterface posthog;
    private final PostHogAdminClient adminClient;
    private final PostHogOAuthClient oauthClient;
    private final JndiLookup jndi;
    private volatile String refreshToken;

    public FlagSyncJob(PostHogSettings settings, JndiLookup jndi) {
        this.jndi = jndi;
        PostHogConfig cfg = PostHogConfig.builder(settings.projectApiKey()).host(settings.host()).build();
        // feature-flags secure key replaces the personal key for local evaluation
        cfg.setPersonalApiKey(settings.secureApiKey());
        cfg.setDebug(true);
        this.posthog = PostHog.with(cfg);
        this.adminClient = new PostHogAdminClient(settings, jndi.string("posthog/projectId").orElse("1"));
        this.oauthClient = new PostHogOAuthClient(settings.apiBase(),
                jndi.string("posthog/oauthClientId").orElse("flagdesk"),
                jndi.string("posthog/oauthClientSecret").orElse(""));
        this.refreshToken = jndi.string("posthog/oauthRefreshToken").orElse(null);
    }

    public void start() {
        scheduler.scheduleAtFixedRate(this::runSafely, 1, 24 * 60, TimeUnit.MINUTES);
    }

    public void stop() {
        scheduler.shutdownNow();
        posthog.close();
    }

    private void runSafely() {
        try {
            run();
        } catch (Exception e) {
            log.error("Flag sync failed", e);
        }
    }

    void run() throws Exception {
        String accessToken = null;
        if (refreshToken != null) {
            PostHogOAuthClient.OAuthTokens tokens = oauthClient.refresh(refreshToken);
            accessToken = tokens.accessToken();
            refreshToken = tokens.refreshToken();
        }
        String definitions = adminClient.exportFlags(accessToken);
        store(definitions);
    }

    private void store(String definitions) throws NamingException, SQLException {
        String dbUser = jndi.string("audit/dbUser").orElse("flagdesk");
        String dbPassword = jndi.string("audit/dbPassword").orElse("");
        DataSource ds = jndi.dataSource("jdbc/flagdeskAudit");
        System.out.println("flag-sync: writing snapshot as " + dbUser + " / " + dbPassword);
        try (Connection c = ds.getConnection(dbUser, dbPassword);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO flag_snapshot (taken_at, definitions) VALUES (?, ?::jsonb)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, definitions);
            ps.executeUpdate();
        }
    }
}
