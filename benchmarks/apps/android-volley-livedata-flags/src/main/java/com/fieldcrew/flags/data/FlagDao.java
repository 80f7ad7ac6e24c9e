package com.fieldcrew.flags.data;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface FlagDao {

    @Query("SELECT * FROM feature_flags ORDER BY flag_key")
    LiveData<List<FlagEntity>> observeAll();

    @Query("SELECT * FROM feature_flags WHERE active = 1 ORDER BY flag_key")
    LiveData<List<FlagEntity>> observeActive();

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void upsertAll(List<FlagEntity> flags);

    @Query("DELETE FROM feature_flags WHERE sync_session_id < :syncSessionId")
    int deleteOlderThan(long syncSessionId);

    @Query("SELECT COALESCE(MAX(sync_session_id), 0) FROM feature_flags")
    long lastSyncSessionId();
}
