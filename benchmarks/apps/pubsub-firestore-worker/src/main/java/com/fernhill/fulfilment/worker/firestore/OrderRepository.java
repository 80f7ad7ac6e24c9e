package com.fernhill.fulfilment.worker.firestore;

import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.SetOptions;
import com.google.cloud.firestore.WriteResult;
import com.google.gson.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.logging.Logger;

public final class OrderRepository implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OrderRepository.class.getName());

    private final Firestore firestore;
    private final String collection;

    public OrderRepository(String projectId, String collection) {
        this.firestore = FirestoreOptions.getDefaultInstance().toBuilder()
                .setProjectId(projectId)
                .build()
                .getService();
        this.collection = collection;
    }

    public boolean alreadyProcessed(String orderId, String messageId) throws ExecutionException, InterruptedException {
        DocumentSnapshot snapshot = firestore.collection(collection).document(orderId).get().get();
        return snapshot.exists() && messageId.equals(snapshot.getString("lastMessageId"));
    }

    public void save(String orderId, JsonObject order, String messageId, boolean fastLane)
            throws ExecutionException, InterruptedException {
        Map<String, Object> doc = new HashMap<>();
        doc.put("customerId", order.get("customerId").getAsString());
        doc.put("channel", order.has("channel") ? order.get("channel").getAsString() : "web");
        doc.put("totalCents", order.get("totalCents").getAsLong());
        doc.put("currency", order.has("currency") ? order.get("currency").getAsString() : "EUR");
        doc.put("status", fastLane ? "QUEUED_FAST_LANE" : "QUEUED");
        doc.put("lastMessageId", messageId);
        doc.put("updatedAt", FieldValue.serverTimestamp());

        DocumentReference ref = firestore.collection(collection).document(orderId);
        ApiFuture<WriteResult> write = ref.set(doc, SetOptions.merge());
        WriteResult result = write.get();
        LOG.fine(() -> "Stored order " + orderId + " at " + result.getUpdateTime());
    }

    @Override
    public void close() throws Exception {
        firestore.close();
    }
}
