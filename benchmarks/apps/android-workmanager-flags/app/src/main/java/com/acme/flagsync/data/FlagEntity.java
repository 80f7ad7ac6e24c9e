package com.acme.flagsync.data;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

@Entity(tableName = "flags")
public class FlagEntity {

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "flag_key")
    public String flagKey = "";

    @ColumnInfo(name = "active")
    public boolean active;

    @ColumnInfo(name = "rollout")
    public int rollout;

    /** Sync run that wrote this row (monotonic counter, not an auth session). */
    @ColumnInfo(name = "session_id")
    public long sessionId;

    @ColumnInfo(name = "updated_at")
    public long updatedAt;
}
