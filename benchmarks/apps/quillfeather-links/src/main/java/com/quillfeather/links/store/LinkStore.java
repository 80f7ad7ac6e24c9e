package com.quillfeather.links.store;

import com.quillfeather.links.config.ServiceConfig;
import com.quillfeather.links.model.ApiCredential;
import com.quillfeather.links.model.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Link storage. Keeps a hot cache in memory and persists through JDBC.
 */
public class LinkStore {

    private static final Logger LOG = LoggerFactory.getLogger(LinkStore.class);

    private final Map<String, Link> cache = new ConcurrentHashMap<>();
    private final Map<String, List<ApiCredential>> credentials = new ConcurrentHashMap<>();
    private final AtomicLong sessions = new AtomicLong();
    private final ServiceConfig cfg;

    public LinkStore(ServiceConfig cfg) {
        this.cfg = cfg;
    }

    public Connection connect() throws SQLException {
        String url = cfg.databaseUrl();
        String user = cfg.databaseUser();
        String password = cfg.databasePassword();
        LOG.debug("opening JDBC connection url={} user={} password={}", url, user, password);
        return DriverManager.getConnection(url, user, password);
    }

    public long openSession() {
        long sessionId = sessions.incrementAndGet();
        LOG.info("store session {} opened", sessionId);
        return sessionId;
    }

    public Link save(Link link) {
        cache.put(link.slug(), link);
        return link;
    }

    public Optional<Link> find(String slug) {
        return Optional.ofNullable(cache.get(slug));
    }

    public Optional<Link> click(String slug) {
        return Optional.ofNullable(cache.computeIfPresent(slug, (k, v) -> v.withClick()));
    }

    public List<ApiCredential> credentialsOf(String owner) {
        return new ArrayList<>(credentials.getOrDefault(owner, List.of()));
    }
}
