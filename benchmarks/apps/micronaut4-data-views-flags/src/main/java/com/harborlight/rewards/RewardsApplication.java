package com.harborlight.rewards;

import io.micronaut.runtime.Micronaut;

public class RewardsApplication {

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(RewardsApplication.class)
                .defaultEnvironments("dev")
                .start();
    }
}
