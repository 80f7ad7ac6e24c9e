package com.fieldnotes.app.data.db;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

@Dao
public interface AccountDao {

    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void upsert(AccountEntity account);

    @Query("SELECT * FROM accounts LIMIT 1")
    AccountEntity current();

    @Query("SELECT * FROM accounts LIMIT 1")
    LiveData<AccountEntity> observeCurrent();

    @Query("DELETE FROM accounts")
    void clear();
}
