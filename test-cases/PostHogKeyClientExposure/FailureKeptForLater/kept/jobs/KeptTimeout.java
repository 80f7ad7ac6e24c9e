package kept.jobs;

public class KeptTimeout extends RuntimeException {
  public KeptTimeout(String message) {
    super(message);
  }
}
