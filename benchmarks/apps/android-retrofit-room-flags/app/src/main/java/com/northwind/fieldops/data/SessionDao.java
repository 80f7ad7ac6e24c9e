package com.northwind.fieldops.data;

import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

@Dao
public interface SessionDao {

    @Query("SELECT * FROM sessions ORDER BY expires_at DESC LIMIT 1")
    SessionEntity currentSession();

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void upsert(SessionEntity session);

    @Query("DELETE FROM sessions")
    void clear();
}
