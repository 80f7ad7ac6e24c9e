import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A private or secret key's material printed or logged: anyone who reads the log can sign with it. */
public class KeyMaterialPrinted {
  private static final Logger LOG = Logger.getLogger(KeyMaterialPrinted.class.getName());

  void signingKey() throws NoSuchAlgorithmException {
    KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
    RSAPrivateKey privateKey = (RSAPrivateKey) pair.getPrivate();
    RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(privateKey.getEncoded())
        + "\n-----END PRIVATE KEY-----";
    System.err.println("signing key:\n" + pem); // Noncompliant
    LOG.info("public key " + Base64.getEncoder().encodeToString(publicKey.getEncoded()));
    LOG.info("private key algorithm " + privateKey.getAlgorithm() + ", " + privateKey.getEncoded().length + " bytes");
  }

  void hmacKey(byte[] material) {
    SecretKey key = new SecretKeySpec(material, "HmacSHA256");
    LOG.fine("hmac key " + Base64.getEncoder().encodeToString(key.getEncoded())); // Noncompliant
    SecretKeySpec spec = new SecretKeySpec(material, "AES");
    LOG.fine("aes key " + Base64.getEncoder().encodeToString(spec.getEncoded())); // Noncompliant
    byte[] encoded = spec.getEncoded();
    LOG.fine("aes key bytes " + encoded); // an array in a text shows its identity: [B@1b6d3586
  }

  void otherKeys(RSAPrivateCrtKey crt, ECPrivateKey ec) {
    LOG.fine("crt " + Base64.getEncoder().encodeToString(crt.getEncoded())); // Noncompliant
    LOG.fine("ec " + Base64.getEncoder().encodeToString(ec.getEncoded())); // Noncompliant
  }
}
