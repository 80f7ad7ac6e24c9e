package com.larkspur.ledger.grpc;

/**
 * Mirrors {@code larkspur.ledger.v1.RecordEntryResponse}.
 */
public final class RecordEntryResponse {

    private String entryId = "";
    private long balanceMinor;
    private String signature = "";

    private RecordEntryResponse() {
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public String getEntryId() {
        return entryId;
    }

    public long getBalanceMinor() {
        return balanceMinor;
    }

    public String getSignature() {
        return signature;
    }

    @Override
    public String toString() {
        return "entry_id: \"" + entryId + "\"\nbalance_minor: " + balanceMinor + "\n";
    }

    public static final class Builder {
        private final RecordEntryResponse msg = new RecordEntryResponse();

        public Builder setEntryId(String value) {
            msg.entryId = value;
            return this;
        }

        public Builder setBalanceMinor(long value) {
            msg.balanceMinor = value;
            return this;
        }

        public Builder setSignature(String value) {
            msg.signature = value;
            return this;
        }

        public RecordEntryResponse build() {
            return msg;
        }
    }
}
