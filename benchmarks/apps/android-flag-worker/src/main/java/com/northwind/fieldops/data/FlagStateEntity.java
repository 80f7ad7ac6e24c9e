package com.northwind.fieldops.data;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** Last known value of a feature flag, so the app can start offline. */
@Entity(tableName = "flag_state")
public class FlagStateEntity {

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "flag_key")
    public String flagKey = "";

    @ColumnInfo(name = "enabled")
    public boolean enabled;

    @ColumnInfo(name = "variant")
    public String variant;

    @ColumnInfo(name = "evaluated_at")
    public long evaluatedAt;

    public FlagStateEntity() {
    }

    public FlagStateEntity(@NonNull String flagKey, boolean enabled, String variant, long evaluatedAt) {
        this.flagKey = flagKey;
        this.enabled = enabled;
        this.variant = variant;
        this.evaluatedAt = evaluatedAt;
    }
}
