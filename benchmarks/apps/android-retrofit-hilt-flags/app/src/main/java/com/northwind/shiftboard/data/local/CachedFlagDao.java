package com.northwind.shiftboard.data.local;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface CachedFlagDao {

    @Query("SELECT * FROM cached_flags ORDER BY flag_key")
    LiveData<List<CachedFlag>> observeAll();

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void upsertAll(List<CachedFlag> flags);

    @Query("DELETE FROM cached_flags")
    void clear();
}
