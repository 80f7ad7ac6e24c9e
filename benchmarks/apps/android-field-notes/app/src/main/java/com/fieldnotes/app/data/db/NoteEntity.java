package com.fieldnotes.app.data.db;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

@Entity(tableName = "notes")
public class NoteEntity {

    @PrimaryKey(autoGenerate = true)
    public long id;

    @ColumnInfo(name = "remote_id")
    public String remoteId;

    @NonNull
    public String title = "";

    @NonNull
    public String body = "";

    @ColumnInfo(name = "updated_at")
    public long updatedAt;

    @ColumnInfo(name = "dirty")
    public boolean dirty;
}
