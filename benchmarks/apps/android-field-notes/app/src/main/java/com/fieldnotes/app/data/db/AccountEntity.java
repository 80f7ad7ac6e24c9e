package com.fieldnotes.app.data.db;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Ignore;
import androidx.room.PrimaryKey;

@Entity(tableName = "accounts")
public class AccountEntity {

    public enum TokenType {
        BEARER,
        DPOP
    }

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "user_id")
    public String userId = "";

    public String email;

    @ColumnInfo(name = "display_name")
    public String displayName;

    @ColumnInfo(name = "refresh_token")
    public String refreshToken;

    @ColumnInfo(name = "token_type")
    public TokenType tokenType;

    @ColumnInfo(name = "token_expires_at")
    public long tokenExpiresAt;

    public AccountEntity() {
    }

    @Ignore
    public AccountEntity(@NonNull String userId, String email, String displayName, String refreshToken,
                         TokenType tokenType, long tokenExpiresAt) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.refreshToken = refreshToken;
        this.tokenType = tokenType;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    @NonNull
    @Override
    public String toString() {
        return "AccountEntity{userId='" + userId + "', email='" + email + "', displayName='" + displayName
                + "', refreshToken='" + refreshToken + "', tokenType=" + tokenType
                + ", tokenExpiresAt=" + tokenExpiresAt + '}';
    }
}
