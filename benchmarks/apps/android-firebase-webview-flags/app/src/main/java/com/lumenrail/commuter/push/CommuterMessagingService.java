package com.lumenrail.commuter.push;

import android.app.NotificationManager;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.core.app.NotificationCompat;

import com.google.firebase.messaging.FirebaseMessagingService;
import com.google.firebase.messaging.RemoteMessage;
import com.lumenrail.commuter.CommuterApplication;
import com.lumenrail.commuter.R;
import com.lumenrail.commuter.auth.SessionManager;

import java.util.Map;

public class CommuterMessagingService extends FirebaseMessagingService {

    private static final String TAG = "CommuterFCM";

    @Override
    public void onNewToken(@NonNull String token) {
        Log.i(TAG, "FCM registration token refreshed, length=" + token.length());
        CommuterApplication app = (CommuterApplication) getApplication();
        SessionManager sessions = new SessionManager(this, app.getDatabase().sessionDao());
        new PushTokenUploader(sessions).uploadAsync(token);
    }

    @Override
    public void onMessageReceived(@NonNull RemoteMessage message) {
        Map<String, String> data = message.getData();
        String type = data.get("type");
        Log.d(TAG, "push " + message.getMessageId() + " type=" + type);

        if ("trip_delay".equals(type)) {
            NotificationCompat.Builder builder = new NotificationCompat.Builder(this, CommuterApplication.CHANNEL_TRIPS)
                    .setSmallIcon(R.mipmap.ic_launcher)
                    .setContentTitle(data.get("title"))
                    .setContentText(data.get("body"))
                    .setAutoCancel(true);
            getSystemService(NotificationManager.class).notify(type.hashCode(), builder.build());
        }
    }
}
