package com.acme.flagsync.data;

import android.content.Context;

import androidx.room.Dao;
import androidx.room.Database;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Room;
import androidx.room.RoomDatabase;

import java.util.List;

@Database(entities = {FlagEntity.class}, version = 3, exportSchema = true)
public abstract class AppDatabase extends RoomDatabase {

    private static volatile AppDatabase instance;

    public abstract FlagDao flagDao();

    public static AppDatabase get(Context context) {
        if (instance == null) {
            synchronized (AppDatabase.class) {
                if (instance == null) {
                    instance = Room.databaseBuilder(context.getApplicationContext(),
                                    AppDatabase.class, "flags.db")
                            .fallbackToDestructiveMigration()
                            .build();
                }
            }
        }
        return instance;
    }

    @Dao
    public interface FlagDao {

        @Query("SELECT * FROM flags ORDER BY flag_key")
        List<FlagEntity> getAll();

        @Query("SELECT MAX(updated_at) FROM flags")
        long lastUpdatedAt();

        @Insert(onConflict = OnConflictStrategy.REPLACE)
        void upsertAll(List<FlagEntity> flags);

        @Query("DELETE FROM flags WHERE session_id < :sessionId")
        int deleteOlderThan(long sessionId);
    }
}
