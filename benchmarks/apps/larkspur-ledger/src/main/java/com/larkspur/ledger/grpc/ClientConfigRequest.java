package com.larkspur.ledger.grpc;

/**
 * Mirrors {@code larkspur.ledger.v1.ClientConfigRequest}.
 */
public final class ClientConfigRequest {

    private String platform = "";
    private String appVersion = "";

    private ClientConfigRequest() {
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public String getPlatform() {
        return platform;
    }

    public String getAppVersion() {
        return appVersion;
    }

    public static final class Builder {
        private final ClientConfigRequest msg = new ClientConfigRequest();

        public Builder setPlatform(String value) {
            msg.platform = value;
            return this;
        }

        public Builder setAppVersion(String value) {
            msg.appVersion = value;
            return this;
        }

        public ClientConfigRequest build() {
            return msg;
        }
    }
}
