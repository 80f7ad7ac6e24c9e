package com.larkspur.ledger.service;

import com.larkspur.ledger.analytics.EventPublisher;
import com.larkspur.ledger.analytics.FeatureFlagService;
import com.larkspur.ledger.analytics.PostHogAdminApi;
import com.larkspur.ledger.grpc.ClientConfigRequest;
import com.larkspur.ledger.grpc.ClientConfigResponse;
import com.larkspur.ledger.grpc.LedgerServiceGrpc;
import com.larkspur.ledger.grpc.RecordEntryRequest;
import com.larkspur.ledger.grpc.RecordEntryResponse;
import com.larkspur.ledger.interceptor.AuthInterceptor;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LedgerServiceImpl extends LedgerServiceGrpc.LedgerServiceImplBase {

    private static final Logger log = LoggerFactory.getLogger(LedgerServiceImpl.class);
    private static final long ANNOTATION_THRESHOLD_MINOR = 5_000_000L;

    private final EntryStore store;
    private final EventPublisher events;
    private final FeatureFlagService flags;
    private final PostHogAdminApi adminApi;
    private final ClientConfigFactory clientConfigs;

    public LedgerServiceImpl(EntryStore store, EventPublisher events, FeatureFlagService flags,
                             PostHogAdminApi adminApi, ClientConfigFactory clientConfigs) {
        this.store = store;
        this.events = events;
        this.flags = flags;
        this.adminApi = adminApi;
        this.clientConfigs = clientConfigs;
    }

    @Override
    public void recordEntry(RecordEntryRequest request, StreamObserver<RecordEntryResponse> responseObserver) {
        String caller = AuthInterceptor.CALLER.get();
        long sessionId = request.getSessionId();
        log.info("RecordEntry account={} session={} caller={}", request.getAccountId(), sessionId, caller);

        if (request.getAmountMinor() == 0 || request.getCurrency().isEmpty()) {
            responseObserver.onError(Status.INVALID_ARGUMENT
                    .withDescription("amount_minor and currency are required").asRuntimeException());
            return;
        }

        EntryStore.Entry entry = store.append(request.getAccountId(), request.getAmountMinor(), request.getCurrency());
        events.entryRecorded(request.getAccountId(), request.getAmountMinor(), request.getCurrency(), caller);

        if (Math.abs(request.getAmountMinor()) >= ANNOTATION_THRESHOLD_MINOR
                && flags.isEnabled("ledger-large-entry-annotations", request.getAccountId())) {
            try {
                adminApi.annotate("Large entry " + entry.id() + " on " + request.getAccountId());
            } catch (IllegalStateException e) {
                log.warn("Could not annotate large entry {}", entry.id(), e);
                responseObserver.onError(Status.UNAVAILABLE.withDescription(e.getMessage()).asRuntimeException());
                return;
            } catch (IOException e) {
                log.warn("PostHog unreachable while annotating {}: {}", entry.id(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        responseObserver.onNext(RecordEntryResponse.newBuilder()
                .setEntryId(entry.id())
                .setBalanceMinor(entry.balance())
                .setSignature(entry.signature())
                .build());
        responseObserver.onCompleted();
    }

    @Override
    public void getClientConfig(ClientConfigRequest request, StreamObserver<ClientConfigResponse> responseObserver) {
        ClientConfigResponse response = clientConfigs.forPlatform(request.getPlatform());
        log.debug("Client config for {} {}:\n{}", request.getPlatform(), request.getAppVersion(), response);
        responseObserver.onNext(response);
        responseObserver.onCompleted();
    }

    @Override
    public void getPublicConfig(ClientConfigRequest request, StreamObserver<ClientConfigResponse> responseObserver) {
        ClientConfigResponse response = clientConfigs.publicConfig();
        log.debug("Public config served to {}: project key {}", request.getPlatform(), response.getProjectApiKey());
        responseObserver.onNext(response);
        responseObserver.onCompleted();
    }
}
