package io.github.teamauthkit.server.runtime;

class SpecConformanceOnResteasyTest extends SpecConformanceTest {

    @Override
    TinyServer start() {
        return TinyServer.resteasy();
    }
}
