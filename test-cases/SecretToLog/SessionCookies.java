import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** A session cookie's value is as good as the login it stands for. */
public class SessionCookies {
  void cookies(HttpServletRequest request) {
    for (Cookie cookie : request.getCookies()) {
      if ("JSESSIONID".equals(cookie.getName())) {
        System.out.println("session " + cookie.getValue()); // Noncompliant
      }
    }
  }

  void named(Cookie sessionCookie, Cookie theme) {
    System.out.println("session " + sessionCookie.getValue()); // Noncompliant
    System.out.println("theme " + theme.getValue());
  }
}
