package com.northwind.shiftboard.data.local;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

@Entity(tableName = "cached_flags")
public class CachedFlag {

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "flag_key")
    public String flagKey;

    @Nullable
    @ColumnInfo(name = "variant")
    public String variant;

    @ColumnInfo(name = "enabled")
    public boolean enabled;

    @Nullable
    @ColumnInfo(name = "payload_json")
    public String payloadJson;

    @ColumnInfo(name = "fetched_at")
    public long fetchedAt;

    public CachedFlag(@NonNull String flagKey, @Nullable String variant, boolean enabled,
                      @Nullable String payloadJson, long fetchedAt) {
        this.flagKey = flagKey;
        this.variant = variant;
        this.enabled = enabled;
        this.payloadJson = payloadJson;
        this.fetchedAt = fetchedAt;
    }
}
