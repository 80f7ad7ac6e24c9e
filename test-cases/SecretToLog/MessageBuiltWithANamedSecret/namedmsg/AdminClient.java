package namedmsg;

/** Keeps the token it is given and puts it into the message of what it throws. */
public class AdminClient {
  private String accessToken;

  void authenticate(String accessToken) {
    this.accessToken = accessToken;
  }

  String listFlags(boolean accepted) {
    if (!accepted) {
      throw new GatewayException("flags refused (Authorization: Bearer " + accessToken + ")");
    }
    return "[]";
  }
}
