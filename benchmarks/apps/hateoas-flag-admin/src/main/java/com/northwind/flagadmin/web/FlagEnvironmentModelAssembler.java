package com.northwind.flagadmin.web;

import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.linkTo;
import static org.springframework.hateoas.server.mvc.WebMvcLinkBuilder.methodOn;

import com.northwind.flagadmin.domain.FlagEnvironment;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.hateoas.EntityModel;
import org.springframework.hateoas.server.RepresentationModelAssembler;
import org.springframework.stereotype.Component;

@Component
public class FlagEnvironmentModelAssembler
        implements RepresentationModelAssembler<FlagEnvironment, EntityModel<FlagEnvironment>> {

    private static final Logger log = LogManager.getLogger(FlagEnvironmentModelAssembler.class);

    @Override
    public EntityModel<FlagEnvironment> toModel(FlagEnvironment environment) {
        log.debug("Assembling model for {}", environment);
        return EntityModel.of(environment,
                linkTo(methodOn(AdminApiController.class).environment(environment.getId())).withSelfRel(),
                linkTo(methodOn(AdminApiController.class).sync(environment.getId())).withRel("sync"));
    }
}
