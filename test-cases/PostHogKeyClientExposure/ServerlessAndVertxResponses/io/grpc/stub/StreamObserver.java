package io.grpc.stub;

/** gRPC's stream of messages, as far as the case needs it. */
public interface StreamObserver<V> {
  void onNext(V value);

  void onError(Throwable t);

  void onCompleted();
}
