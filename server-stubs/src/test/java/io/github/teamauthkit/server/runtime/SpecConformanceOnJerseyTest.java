package io.github.teamauthkit.server.runtime;

class SpecConformanceOnJerseyTest extends SpecConformanceTest {

    @Override
    TinyServer start() {
        return TinyServer.jersey();
    }
}
