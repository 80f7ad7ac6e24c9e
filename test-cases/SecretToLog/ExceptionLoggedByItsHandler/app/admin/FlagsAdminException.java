package app.admin;

public class FlagsAdminException extends Exception {
  private final int status;

  public FlagsAdminException(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
