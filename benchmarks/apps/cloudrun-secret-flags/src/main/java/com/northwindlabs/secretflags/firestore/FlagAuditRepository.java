package com.northwindlabs.secretflags.firestore;

import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.FieldValue;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.SetOptions;
import com.google.cloud.firestore.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

@Repository
public class FlagAuditRepository {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditRepository.class);
    private static final String AUDIT_COLLECTION = "flag_audit";
    private static final String PUSH_COLLECTION = "pubsub_flag_events";

    private final Firestore firestore;

    public FlagAuditRepository(Firestore firestore) {
        this.firestore = firestore;
    }

    public void recordToggle(String flagId, boolean active, String actor) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("flagId", flagId);
        doc.put("active", active);
        doc.put("actor", actor);
        doc.put("source", "admin-api");
        doc.put("at", FieldValue.serverTimestamp());
        await(firestore.collection(AUDIT_COLLECTION).document().set(doc), "toggle " + flagId);
    }

    public void recordPushEvent(String messageId, String flagKey, boolean active, String changedBy,
                                Map<String, String> attributes) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("flagKey", flagKey);
        doc.put("active", active);
        doc.put("changedBy", changedBy);
        doc.put("attributes", attributes == null ? Map.of() : attributes);
        doc.put("receivedAt", FieldValue.serverTimestamp());
        await(firestore.collection(PUSH_COLLECTION).document(messageId).set(doc, SetOptions.merge()), "push " + messageId);
    }

    private void await(ApiFuture<WriteResult> future, String what) {
        try {
            WriteResult result = future.get(10, TimeUnit.SECONDS);
            log.debug("Firestore write for {} committed at {}", what, result.getUpdateTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted writing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            log.error("Firestore write for {} failed", what, e);
            throw new IllegalStateException("Firestore write failed for " + what, e);
        }
    }
}
