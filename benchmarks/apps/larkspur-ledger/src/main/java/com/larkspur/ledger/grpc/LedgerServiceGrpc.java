package com.larkspur.ledger.grpc;

import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCalls;
import io.grpc.stub.StreamObserver;

/**
 * Service descriptor for {@code larkspur.ledger.v1.LedgerService}, written in the shape
 * protoc-gen-grpc-java produces.
 */
public final class LedgerServiceGrpc {

    public static final String SERVICE_NAME = "larkspur.ledger.v1.LedgerService";

    public static final MethodDescriptor<RecordEntryRequest, RecordEntryResponse> RECORD_ENTRY =
            MethodDescriptor.<RecordEntryRequest, RecordEntryResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "RecordEntry"))
                    .setRequestMarshaller(JsonMarshaller.of(RecordEntryRequest.class))
                    .setResponseMarshaller(JsonMarshaller.of(RecordEntryResponse.class))
                    .build();

    public static final MethodDescriptor<ClientConfigRequest, ClientConfigResponse> GET_CLIENT_CONFIG =
            MethodDescriptor.<ClientConfigRequest, ClientConfigResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "GetClientConfig"))
                    .setRequestMarshaller(JsonMarshaller.of(ClientConfigRequest.class))
                    .setResponseMarshaller(JsonMarshaller.of(ClientConfigResponse.class))
                    .build();

    public static final MethodDescriptor<ClientConfigRequest, ClientConfigResponse> GET_PUBLIC_CONFIG =
            MethodDescriptor.<ClientConfigRequest, ClientConfigResponse>newBuilder()
                    .setType(MethodDescriptor.MethodType.UNARY)
                    .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE_NAME, "GetPublicConfig"))
                    .setRequestMarshaller(JsonMarshaller.of(ClientConfigRequest.class))
                    .setResponseMarshaller(JsonMarshaller.of(ClientConfigResponse.class))
                    .build();

    private LedgerServiceGrpc() {
    }

    /** Base class for the server implementation. */
    public abstract static class LedgerServiceImplBase implements BindableService {

        public abstract void recordEntry(RecordEntryRequest request,
                                         StreamObserver<RecordEntryResponse> responseObserver);

        public abstract void getClientConfig(ClientConfigRequest request,
                                             StreamObserver<ClientConfigResponse> responseObserver);

        public abstract void getPublicConfig(ClientConfigRequest request,
                                             StreamObserver<ClientConfigResponse> responseObserver);

        @Override
        public final ServerServiceDefinition bindService() {
            return ServerServiceDefinition.builder(SERVICE_NAME)
                    .addMethod(RECORD_ENTRY, ServerCalls.asyncUnaryCall(this::recordEntry))
                    .addMethod(GET_CLIENT_CONFIG, ServerCalls.asyncUnaryCall(this::getClientConfig))
                    .addMethod(GET_PUBLIC_CONFIG, ServerCalls.asyncUnaryCall(this::getPublicConfig))
                    .build();
        }
    }
}
