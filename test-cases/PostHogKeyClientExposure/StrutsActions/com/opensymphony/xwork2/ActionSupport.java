package com.opensymphony.xwork2;

/** Struts 2's action base class, as far as the case needs it. */
public class ActionSupport {
  public String execute() throws Exception {
    return "success";
  }
}
