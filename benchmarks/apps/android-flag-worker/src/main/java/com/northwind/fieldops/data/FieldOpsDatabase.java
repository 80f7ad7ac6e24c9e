package com.northwind.fieldops.data;

import android.content.Context;

import androidx.room.Dao;
import androidx.room.Database;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;
import androidx.room.Room;
import androidx.room.RoomDatabase;

import java.util.List;

@Database(entities = {FlagStateEntity.class}, version = 3, exportSchema = false)
public abstract class FieldOpsDatabase extends RoomDatabase {

    private static volatile FieldOpsDatabase instance;

    public abstract FlagStateDao flagStateDao();

    public static FieldOpsDatabase get(Context context) {
        if (instance == null) {
            synchronized (FieldOpsDatabase.class) {
                if (instance == null) {
                    instance = Room.databaseBuilder(context.getApplicationContext(),
                                    FieldOpsDatabase.class, "fieldops.db")
                            .fallbackToDestructiveMigration()
                            .build();
                }
            }
        }
        return instance;
    }

    @Dao
    public interface FlagStateDao {

        @Insert(onConflict = OnConflictStrategy.REPLACE)
        void upsertAll(List<FlagStateEntity> states);

        @Query("SELECT * FROM flag_state")
        List<FlagStateEntity> all();

        @Query("SELECT enabled FROM flag_state WHERE flag_key = :flagKey")
        Boolean isEnabled(String flagKey);
    }
}
