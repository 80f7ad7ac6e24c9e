package app;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/** A gRPC service: what it sends back goes to the caller's app. */
public class FlagConfigService {
  private final String flagsSecureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  public void mobileConfig(String platform, StreamObserver<String> responseObserver) {
    if (platform == null) {
      responseObserver.onError(Status.UNAVAILABLE.withDescription("no flags key " + flagsSecureKey).asRuntimeException()); // Noncompliant
      return;
    }
    responseObserver.onNext(flagsSecureKey); // Noncompliant
    responseObserver.onCompleted();
  }

  public void webConfig(StreamObserver<String> responseObserver) {
    responseObserver.onNext(projectApiKey);
    responseObserver.onError(Status.UNAVAILABLE.withDescription("flags key configured: " + (flagsSecureKey != null)).asRuntimeException());
  }
}
