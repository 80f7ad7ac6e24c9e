package com.acme.flaghook.store;

import com.acme.flaghook.model.FlagChangeEvent;
import com.acme.flaghook.model.WebhookSubscription;
import com.google.api.core.ApiFuture;
import com.google.cloud.firestore.DocumentReference;
import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.firestore.QuerySnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Firestore access for webhook subscriptions and the flag change log. */
public final class SubscriptionRepository {

  private static final Logger LOG = Logger.getLogger(SubscriptionRepository.class.getName());
  private static final String SUBSCRIPTIONS = "webhook_subscriptions";
  private static final String CHANGES = "flag_changes";

  private final Firestore db;

  public SubscriptionRepository(String projectId) {
    this.db = FirestoreOptions.getDefaultInstance().toBuilder().setProjectId(projectId).build().getService();
  }

  public Optional<WebhookSubscription> findByName(String name) {
    try {
      QuerySnapshot result =
          db.collection(SUBSCRIPTIONS).whereEqualTo("name", name).limit(1).get().get();
      if (result.isEmpty()) {
        return Optional.empty();
      }
      DocumentSnapshot doc = result.getDocuments().get(0);
      return Optional.of(
          new WebhookSubscription(
              doc.getId(),
              doc.getString("name"),
              doc.getString("targetUrl"),
              doc.getString("signingSecret"),
              Boolean.TRUE.equals(doc.getBoolean("active"))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while reading subscriptions", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Firestore query failed", e.getCause());
    }
  }

  public void recordChange(String subscriptionId, FlagChangeEvent event) {
    ApiFuture<DocumentReference> write =
        db.collection(CHANGES)
            .add(
                Map.of(
                    "subscriptionId", subscriptionId,
                    "flagKey", event.flagKey(),
                    "action", event.action(),
                    "teamId", event.teamId(),
                    "changedAt", event.changedAt().toString()));
    write.addListener(
        () -> LOG.log(Level.FINE, "Stored change of {0}", event.flagKey()), Runnable::run);
  }
}
