package com.fieldcrew.flags.data;

import android.content.Context;

import androidx.room.Database;
import androidx.room.Room;
import androidx.room.RoomDatabase;

@Database(entities = {FlagEntity.class}, version = 1, exportSchema = true)
public abstract class FlagDatabase extends RoomDatabase {

    private static volatile FlagDatabase instance;

    public abstract FlagDao flagDao();

    public static FlagDatabase get(Context context) {
        if (instance == null) {
            synchronized (FlagDatabase.class) {
                if (instance == null) {
                    instance = Room.databaseBuilder(context.getApplicationContext(),
                                    FlagDatabase.class, "flags.db")
                            .fallbackToDestructiveMigration()
                            .build();
                }
            }
        }
        return instance;
    }
}
