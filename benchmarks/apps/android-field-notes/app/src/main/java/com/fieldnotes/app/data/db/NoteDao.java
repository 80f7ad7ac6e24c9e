package com.fieldnotes.app.data.db;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Update;

import java.util.List;

@Dao
public interface NoteDao {

    @Query("SELECT * FROM notes ORDER BY updated_at DESC")
    LiveData<List<NoteEntity>> observeAll();

    @Query("SELECT * FROM notes WHERE dirty = 1")
    List<NoteEntity> pendingUpload();

    @Query("SELECT * FROM notes WHERE id = :id")
    NoteEntity byId(long id);

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    long insert(NoteEntity note);

    @Update
    void update(NoteEntity note);

    @Query("UPDATE notes SET dirty = 0, remote_id = :remoteId WHERE id = :id")
    void markSynced(long id, String remoteId);
}
