package io.lumenpay.flags.functions;

import com.google.api.core.ApiFuture;
import com.google.cloud.Timestamp;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.SetOptions;
import com.google.cloud.firestore.WriteBatch;
import com.google.cloud.firestore.WriteResult;
import com.google.cloud.functions.BackgroundFunction;
import com.google.cloud.functions.Context;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.posthog.java.PostHog;
import io.lumenpay.flags.config.FunctionConfig;
import io.lumenpay.flags.config.PostHogKeys;
import io.lumenpay.flags.error.FlagSyncException;
import io.lumenpay.flags.posthog.PostHogAdminClient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

public class FlagSyncFunction implements BackgroundFunction<FlagSyncFunction.PubSubMessage> {

    private static final Logger LOGGER = Logger.getLogger(FlagSyncFunction.class.getName());
    private static final Firestore DB = FirestoreOptions.getDefaultInstance().getService();
    private static final String DEFINITIONS_COLLECTION = "flag_definitions";

    public static class PubSubMessage {
        String data;
        Map<String, String> attributes;
        String messageId;
        String publishTime;
    }

    @Override
    public void accept(PubSubMessage message, Context context) throws Exception {
        FunctionConfig config = FunctionConfig.get();
        String trigger = message.data == null
                ? "scheduler"
                : new String(Base64.getDecoder().decode(message.data), StandardCharsets.UTF_8);
        LOGGER.info("Flag sync " + context.eventId() + " triggered by " + trigger);

        if (System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY") == null) {
            LOGGER.config("Falling back to bundled flags key " + PostHogKeys.fallbackSecureKey());
        }

        PostHogAdminClient admin = new PostHogAdminClient(
                PostHogKeys.PRIVATE_API_HOST, config.getPosthogProjectId(), config.getPersonalApiKey());
        JsonArray flags;
        try {
            flags = admin.listFeatureFlags();
        } catch (FlagSyncException e) {
            LOGGER.log(Level.SEVERE, "Flag sync " + context.eventId() + " failed", e);
            throw e;
        }

        WriteBatch batch = DB.batch();
        for (JsonElement element : flags) {
            JsonObject flag = element.getAsJsonObject();
            String key = flag.get("key").getAsString();
            Map<String, Object> doc = new HashMap<>();
            doc.put("key", key);
            doc.put("active", flag.get("active").getAsBoolean());
            doc.put("rollout_percentage", flag.has("rollout_percentage") && !flag.get("rollout_percentage").isJsonNull()
                    ? flag.get("rollout_percentage").getAsInt() : null);
            doc.put("synced_at", Timestamp.now());
            batch.set(DB.collection(DEFINITIONS_COLLECTION).document(key), doc, SetOptions.merge());
        }
        ApiFuture<List<WriteResult>> commit = batch.commit();
        int written = commit.get().size();

        PostHog tracker = new PostHog.Builder(config.getSyncApiKey()).host(config.getHost()).build();
        Map<String, Object> properties = new HashMap<>();
        properties.put("flag_count", written);
        properties.put("event_id", context.eventId());
        tracker.capture("flag-sync-function", "flags_synced", properties);
        tracker.shutdown();

        LOGGER.info("Synced " + written + " flag definitions into " + DEFINITIONS_COLLECTION);
    }
}
