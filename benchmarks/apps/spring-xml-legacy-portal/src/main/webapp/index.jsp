<% response.sendRedirect(request.getContextPath() + "/dashboard"); %>
