package com.acme.flaggateway.grpc;

import java.util.List;

import com.acme.flaggateway.flags.FlagDefinitionCache;
import com.acme.flaggateway.flags.TargetingExpression;
import com.acme.flaggateway.grpc.v1.DefinitionsVersionRequest;
import com.acme.flaggateway.grpc.v1.DefinitionsVersionResponse;
import com.acme.flaggateway.grpc.v1.EvaluateFlagsRequest;
import com.acme.flaggateway.grpc.v1.EvaluateFlagsResponse;
import com.acme.flaggateway.grpc.v1.FlagGatewayGrpc;
import com.acme.flaggateway.grpc.v1.FlagValue;
import com.posthog.server.PostHogInterface;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import net.devh.boot.grpc.server.service.GrpcService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@GrpcService
public class FlagEvaluationService extends FlagGatewayGrpc.FlagGatewayImplBase {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);

    private final PostHogInterface postHog;
    private final FlagDefinitionCache definitions;

    public FlagEvaluationService(PostHogInterface postHog, FlagDefinitionCache definitions) {
        this.postHog = postHog;
        this.definitions = definitions;
    }

    @Override
    public void evaluateFlags(EvaluateFlagsRequest request, StreamObserver<EvaluateFlagsResponse> responseObserver) {
        CallerIdentity caller = ServiceTokenInterceptor.CALLER.get();
        log.debug("EvaluateFlags for {} flags, caller {}", request.getFlagKeysCount(), caller);
        requireScope(caller, "flags:read");

        TargetingExpression filter = TargetingExpression.parse(request.getTargetingFilter());
        boolean targeted = filter.matches(request.getPersonPropertiesMap());
        List<String> known = definitions.flagKeys();

        EvaluateFlagsResponse.Builder response = EvaluateFlagsResponse.newBuilder()
                .setDefinitionsVersion(definitions.currentVersion());
        for (String flagKey : request.getFlagKeysList()) {
            FlagValue.Builder value = FlagValue.newBuilder().setKey(flagKey);
            if (targeted && known.contains(flagKey)) {
                Object result = postHog.getFeatureFlag(request.getDistinctId(), flagKey, false);
                if (result instanceof String variant) {
                    value.setEnabled(true).setVariant(variant);
                } else {
                    value.setEnabled(Boolean.TRUE.equals(result));
                }
            }
            response.addFlags(value);
        }
        responseObserver.onNext(response.build());
        responseObserver.onCompleted();
    }

    @Override
    public void getDefinitionsVersion(DefinitionsVersionRequest request,
            StreamObserver<DefinitionsVersionResponse> responseObserver) {
        requireScope(ServiceTokenInterceptor.CALLER.get(), "definitions:read");
        definitions.flagKeys();
        responseObserver.onNext(DefinitionsVersionResponse.newBuilder()
                .setVersion(definitions.currentVersion())
                .setFlagCount(definitions.flagCount())
                .build());
        responseObserver.onCompleted();
    }

    private static void requireScope(CallerIdentity caller, String scope) {
        if (caller == null || !caller.hasScope(scope)) {
            throw Status.PERMISSION_DENIED.withDescription("scope " + scope + " required").asRuntimeException();
        }
    }
}
