package app;

public class ApiFailure extends Exception {
  public ApiFailure(String message) {
    super(message);
  }
}
