package com.fieldcrew.flags.data;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

@Entity(tableName = "feature_flags")
public class FlagEntity {

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "flag_key")
    public String key = "";

    @ColumnInfo(name = "name")
    public String name;

    @ColumnInfo(name = "active")
    public boolean active;

    @ColumnInfo(name = "rollout_percentage")
    public int rolloutPercentage;

    @ColumnInfo(name = "filters_json")
    public String filtersJson;

    /** Monotonic counter of the sync run that wrote this row. */
    @ColumnInfo(name = "sync_session_id")
    public long syncSessionId;

    @ColumnInfo(name = "updated_at")
    public long updatedAt;
}
