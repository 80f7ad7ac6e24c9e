package io.harborline.orders.secrets;

public class SecretResolutionException extends RuntimeException {

    private final String secretId;

    public SecretResolutionException(String secretId, String message) {
        super(message);
        this.secretId = secretId;
    }

    public SecretResolutionException(String secretId, String message, Throwable cause) {
        super(message, cause);
        this.secretId = secretId;
    }

    public String getSecretId() {
        return secretId;
    }
}
