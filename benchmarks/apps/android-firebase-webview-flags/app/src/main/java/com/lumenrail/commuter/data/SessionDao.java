package com.lumenrail.commuter.data;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

@Dao
public interface SessionDao {

    @Query("SELECT * FROM sessions ORDER BY expires_at DESC LIMIT 1")
    SessionEntity latest();

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    long upsert(SessionEntity session);

    @Query("DELETE FROM sessions")
    void clear();
}
