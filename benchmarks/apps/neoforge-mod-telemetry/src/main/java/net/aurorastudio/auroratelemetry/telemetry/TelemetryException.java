package net.aurorastudio.auroratelemetry.telemetry;

public class TelemetryException extends RuntimeException {

    private final int statusCode;

    public TelemetryException(String message, Throwable cause) {
        super(message, cause);
        this.statusCode = -1;
    }

    private TelemetryException(String message, int statusCode) {
        super(message);
        this.statusCode = statusCode;
    }

    public static TelemetryException rejected(String credential, int statusCode) {
        return new TelemetryException(
                "PostHog rejected credential " + credential + " for local evaluation (HTTP " + statusCode + ")",
                statusCode);
    }

    public int getStatusCode() {
        return statusCode;
    }
}
