package com.brightkettle.pantry.data;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

@Dao
public interface PantryItemDao {

    @Query("SELECT * FROM pantry_items ORDER BY expires_on ASC")
    LiveData<List<PantryItem>> observeAll();

    @Query("SELECT COALESCE(MAX(updated_at), 0) FROM pantry_items")
    long lastUpdated();

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void upsertAll(List<PantryItem> items);

    @Query("DELETE FROM pantry_items")
    void clear();
}
