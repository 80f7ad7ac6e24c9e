package com.northwind.shiftboard.data.local;

import androidx.room.Database;
import androidx.room.RoomDatabase;

@Database(entities = {CachedFlag.class}, version = 3, exportSchema = true)
public abstract class AppDatabase extends RoomDatabase {

    public abstract CachedFlagDao cachedFlagDao();
}
