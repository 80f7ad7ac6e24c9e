<%@ page contentType="text/html;charset=UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Cobaltmill · Partner dashboard</title>
  <script>
    !function(t,e){var o,n,p,r;e.__SV||(window.posthog=e,e._i=[],e.init=function(i,s,a){(p=t.createElement("script")).type="text/javascript",p.async=!0,p.src=s.api_host.replace(".i.posthog.com","-assets.i.posthog.com")+"/static/array.js",(r=t.getElementsByTagName("script")[0]).parentNode.insertBefore(p,r);e._i.push([i,s,a])},e.__SV=1)}(document,window.posthog||[]);
    posthog.init('<c:out value="${posthogProjectKey}"/>', { api_host: '<c:out value="${posthogHost}"/>' });
  </script>
</head>
<body>
  <header>
    <p class="muted">Flags evaluated with key <c:out value="${keyHint}"/></p>
  </header>
  <c:choose>
    <c:when test="${newReports}">
      <jsp:include page="reports-v2.jsp"/>
    </c:when>
    <c:otherwise>
      <jsp:include page="reports.jsp"/>
    </c:otherwise>
  </c:choose>
  <script src="${pageContext.request.contextPath}/js/widget.js"></script>
</body>
</html>
