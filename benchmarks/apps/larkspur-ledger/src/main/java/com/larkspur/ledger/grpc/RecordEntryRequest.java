package com.larkspur.ledger.grpc;

/**
 * Mirrors {@code larkspur.ledger.v1.RecordEntryRequest} from src/main/proto/ledger.proto.
 */
public final class RecordEntryRequest {

    private String accountId = "";
    private long amountMinor;
    private String currency = "";
    private String memo = "";
    private long sessionId;

    private RecordEntryRequest() {
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    public String getAccountId() {
        return accountId;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public String getMemo() {
        return memo;
    }

    public long getSessionId() {
        return sessionId;
    }

    @Override
    public String toString() {
        return "account_id: \"" + accountId + "\"\namount_minor: " + amountMinor
                + "\ncurrency: \"" + currency + "\"\nsession_id: " + sessionId + "\n";
    }

    public static final class Builder {
        private final RecordEntryRequest msg = new RecordEntryRequest();

        public Builder setAccountId(String value) {
            msg.accountId = value;
            return this;
        }

        public Builder setAmountMinor(long value) {
            msg.amountMinor = value;
            return this;
        }

        public Builder setCurrency(String value) {
            msg.currency = value;
            return this;
        }

        public Builder setMemo(String value) {
            msg.memo = value;
            return this;
        }

        public Builder setSessionId(long value) {
            msg.sessionId = value;
            return this;
        }

        public RecordEntryRequest build() {
            return msg;
        }
    }
}
