package okhttp3;

/** OkHttp's response, as far as the case needs it. */
public final class Response {}
