package com.northwind.partnerportal.web;

import com.northwind.partnerportal.config.PortalConstants;
import com.northwind.partnerportal.web.support.BootstrapAssembler;
import com.northwind.partnerportal.web.support.FlagsBootstrap;
import java.util.Arrays;
import javax.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/api/flags")
public class BootstrapController {

    private final BootstrapAssembler assembler;

    @Autowired
    public BootstrapController(BootstrapAssembler assembler) {
        this.assembler = assembler;
    }

    @RequestMapping(value = "/bootstrap", method = RequestMethod.GET, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public FlagsBootstrap bootstrap(HttpSession session) {
        String distinctId = (String) session.getAttribute(PortalConstants.SESSION_PARTNER_ATTR);
        if (distinctId == null) {
            distinctId = PortalConstants.DEFAULT_DISTINCT_ID;
        }
        return assembler.assemble(distinctId, Arrays.asList(
                PortalConstants.FLAG_NEW_INVOICE_VIEW,
                PortalConstants.FLAG_BULK_UPLOAD,
                PortalConstants.FLAG_CREDIT_NOTES));
    }
}
