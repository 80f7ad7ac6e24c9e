package fluent;

/** The error body the API returns, a generated model too. */
public class ErrorResponse {
  private String code;
  private String message;

  public ErrorResponse code(String code) {
    this.code = code;
    return this;
  }

  public ErrorResponse message(String message) {
    this.message = message;
    return this;
  }

  public String getCode() {
    return code;
  }

  public String getMessage() {
    return message;
  }
}
