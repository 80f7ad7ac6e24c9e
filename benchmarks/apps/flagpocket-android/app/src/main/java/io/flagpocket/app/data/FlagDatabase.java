package io.flagpocket.app.data;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.lifecycle.LiveData;
import androidx.room.ColumnInfo;
import androidx.room.Dao;
import androidx.room.Database;
import androidx.room.Entity;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.PrimaryKey;
import androidx.room.Query;
import androidx.room.Room;
import androidx.room.RoomDatabase;

import java.util.List;

/** Local cache of the flags the relay evaluated for this user. */
@Database(entities = {FlagDatabase.FlagEntity.class}, version = 2, exportSchema = false)
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

    @Entity(tableName = "flags")
    public static class FlagEntity {
        @PrimaryKey
        @NonNull
        public String key = "";

        public boolean enabled;

        public String variant;

        @ColumnInfo(name = "updated_at")
        public long updatedAt;

        @ColumnInfo(name = "sync_session")
        public long syncSession;
    }

    @Dao
    public interface FlagDao {
        @Query("SELECT * FROM flags ORDER BY `key`")
        LiveData<List<FlagEntity>> observeAll();

        @Insert(onConflict = OnConflictStrategy.REPLACE)
        void upsert(List<FlagEntity> flags);

        @Query("DELETE FROM flags WHERE sync_session <> :syncSession")
        int deleteStale(long syncSession);
    }
}
