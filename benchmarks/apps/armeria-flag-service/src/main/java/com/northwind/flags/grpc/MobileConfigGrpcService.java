package com.northwind.flags.grpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.grpc.v1.ClientConfigReply;
import com.northwind.flags.grpc.v1.ClientConfigRequest;
import com.northwind.flags.grpc.v1.FlagConfigServiceGrpc;
import com.northwind.flags.grpc.v1.MobileConfigReply;
import com.northwind.flags.grpc.v1.MobileConfigRequest;
import com.northwind.flags.util.KeyMasker;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/** gRPC endpoint the iOS and Android apps call on start-up to get their PostHog settings. */
public final class MobileConfigGrpcService extends FlagConfigServiceGrpc.FlagConfigServiceImplBase {

    private static final Logger log = LoggerFactory.getLogger(MobileConfigGrpcService.class);
    private static final int MIN_SUPPORTED_BUILD = 4200;

    private final PostHogSettings settings;

    public MobileConfigGrpcService(PostHogSettings settings) {
        this.settings = settings;
    }

    @Override
    public void getClientConfig(ClientConfigRequest request, StreamObserver<ClientConfigReply> responseObserver) {
        responseObserver.onNext(ClientConfigReply.newBuilder()
                .setHost(settings.getHost())
                .setProjectApiKey(settings.getProjectApiKey())
                .build());
        responseObserver.onCompleted();
    }

    /** Lets the apps evaluate flags on the device without a round trip per flag. */
    @Override
    public void getMobileConfig(MobileConfigRequest request, StreamObserver<MobileConfigReply> responseObserver) {
        int build = parseBuild(request.getAppVersion());
        if (build < MIN_SUPPORTED_BUILD) {
            responseObserver.onError(Status.FAILED_PRECONDITION
                    .withDescription("App build " + build + " too old for key " + KeyMasker.mask(settings.getSecureApiKey()))
                    .asRuntimeException());
            return;
        }
        MobileConfigReply reply = MobileConfigReply.newBuilder()
                .setHost(settings.getHost())
                .setFlagsSecureKey(settings.getSecureApiKey())
                .setPollIntervalSeconds(settings.getPollIntervalSeconds())
                .build();
        log.debug("Serving mobile config to {} build {}", request.getPlatform(), build);
        responseObserver.onNext(reply);
        responseObserver.onCompleted();
    }

    private static int parseBuild(String appVersion) {
        int plus = appVersion.lastIndexOf('+');
        return plus < 0 ? 0 : Integer.parseInt(appVersion.substring(plus + 1));
    }
}
