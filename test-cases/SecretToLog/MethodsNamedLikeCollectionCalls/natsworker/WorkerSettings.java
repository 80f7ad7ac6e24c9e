package natsworker;

/**
 * Settings whose toString() shows the token, with accessors named like calls the models know on any
 * type (stream(), values(), get()): each returns what its declaration returns.
 */
public final class WorkerSettings {
  private final String natsToken = System.getenv("NATS_TOKEN");
  private final String stream = System.getenv("NATS_STREAM");

  public String stream() {
    return stream;
  }

  public String values() {
    return "orders,returns";
  }

  public String get() {
    return natsToken;
  }

  @Override
  public String toString() {
    return "WorkerSettings{natsToken=" + natsToken + ", stream=" + stream + "}";
  }
}
