package io.northwind.ledgersync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "sync_cursor")
public class SyncCursor {

    @Id
    private String stream;

    @Column(name = "next_page_token", length = 512)
    private String nextPageToken;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    protected SyncCursor() {
    }

    public SyncCursor(String stream) {
        this.stream = stream;
    }

    public String getStream() {
        return stream;
    }

    public String getNextPageToken() {
        return nextPageToken;
    }

    public void advance(String nextPageToken, Instant syncedAt) {
        this.nextPageToken = nextPageToken;
        this.lastSyncedAt = syncedAt;
    }

    public Instant getLastSyncedAt() {
        return lastSyncedAt;
    }
}
