package com.northwind.fieldops.data;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

@Entity(tableName = "sessions")
public class SessionEntity {

    @PrimaryKey
    @ColumnInfo(name = "session_id")
    public long sessionId;

    @ColumnInfo(name = "user_email")
    public String userEmail;

    @ColumnInfo(name = "access_token")
    public String accessToken;

    @ColumnInfo(name = "refresh_token")
    public String refreshToken;

    @ColumnInfo(name = "expires_at")
    public long expiresAt;

    public boolean isExpired(long now) {
        return expiresAt <= now;
    }

    @NonNull
    @Override
    public String toString() {
        return "SessionEntity{"
                + "sessionId=" + sessionId
                + ", userEmail='" + userEmail + '\''
                + ", accessToken='" + accessToken + '\''
                + ", refreshToken='" + refreshToken + '\''
                + ", expiresAt=" + expiresAt
                + '}';
    }
}
