package helpers;

public class RequestSigner {
  private final String credential;

  RequestSigner(String credential) {
    System.out.println("signing with " + credential); // Noncompliant
    this.credential = credential;
  }

  String sign(String path) {
    return path + "#" + credential.hashCode();
  }
}
