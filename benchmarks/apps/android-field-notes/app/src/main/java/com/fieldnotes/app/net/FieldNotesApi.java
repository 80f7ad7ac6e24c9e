package com.fieldnotes.app.net;

import com.fieldnotes.app.data.db.AccountEntity;
import com.fieldnotes.app.data.db.NoteEntity;
import com.google.gson.annotations.SerializedName;

import java.util.List;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

public interface FieldNotesApi {

    @POST("v1/auth/login")
    Call<LoginResponse> login(@Body LoginRequest request);

    @POST("v1/auth/refresh")
    Call<LoginResponse> refresh(@Body RefreshRequest request);

    @GET("v1/notes")
    Call<NotesPage> notes(@Query("page_token") String pageToken);

    @POST("v1/notes")
    Call<NoteDto> upload(@Header("Authorization") String authorization, @Body NoteDto note);

    final class LoginRequest {
        final String email;
        final String password;

        public LoginRequest(String email, String password) {
            this.email = email;
            this.password = password;
        }
    }

    final class RefreshRequest {
        @SerializedName("refresh_token")
        final String refreshToken;

        public RefreshRequest(String refreshToken) {
            this.refreshToken = refreshToken;
        }
    }

    final class LoginResponse {
        @SerializedName("user_id")
        public String userId;
        @SerializedName("display_name")
        public String displayName;
        @SerializedName("session_token")
        public String sessionToken;
        @SerializedName("session_id")
        public String sessionId;
        @SerializedName("csrf_token")
        public String csrfToken;
        @SerializedName("refresh_token")
        public String refreshToken;
        @SerializedName("token_type")
        public AccountEntity.TokenType tokenType;
        @SerializedName("expires_at")
        public long expiresAt;
    }

    final class NotesPage {
        public List<NoteDto> notes;
        @SerializedName("next_page_token")
        public String nextPageToken;
    }

    final class NoteDto {
        public String id;
        public String title;
        public String body;
        @SerializedName("updated_at")
        public long updatedAt;

        public static NoteDto from(NoteEntity note) {
            NoteDto dto = new NoteDto();
            dto.id = note.remoteId;
            dto.title = note.title;
            dto.body = note.body;
            dto.updatedAt = note.updatedAt;
            return dto;
        }
    }
}
